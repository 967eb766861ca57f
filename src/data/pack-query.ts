import { queryOptions } from '@tanstack/react-query';

/** Where the built app serves its data packs from; respects the deploy base path. */
export function packUrl(packId: string): string {
  return `${import.meta.env.BASE_URL}data/${packId}.json`;
}

export class PackFetchError extends Error {
  override name = 'PackFetchError';
}

/** Fetches the raw pack JSON. Parsing happens once, when it enters the franchise store. */
export function packQuery(packId: string) {
  return queryOptions({
    queryKey: ['pack', packId],
    queryFn: async ({ signal }): Promise<unknown> => {
      let response: Response;
      try {
        response = await fetch(packUrl(packId), { signal });
      } catch {
        throw new PackFetchError('The data pack could not be downloaded. Check your connection.');
      }
      if (!response.ok) throw new PackFetchError(`The data pack could not be downloaded (HTTP ${response.status}).`);
      try {
        return (await response.json()) as unknown;
      } catch {
        throw new PackFetchError('The data pack is not valid JSON.');
      }
    },
    staleTime: Infinity,
    retry: 1,
  });
}
