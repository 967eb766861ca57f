import { queryOptions } from '@tanstack/react-query';
import { shippedPack } from './pack-registry';

/** Where the built app serves a shipped pack's file from; respects the deploy base path. */
export function packFileUrl(file: string): string {
  return `${import.meta.env.BASE_URL}data/${file}`;
}

export class PackFetchError extends Error {
  override name = 'PackFetchError';
}

/** The address names a pack this Helix neither ships nor has been given. */
export class UnknownPackError extends Error {
  override name = 'UnknownPackError';
}

async function fetchJson(url: string, signal: AbortSignal | undefined): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch {
    throw new PackFetchError('The data pack could not be downloaded. Check your connection.');
  }
  if (!response.ok) throw new PackFetchError(`The data pack could not be downloaded (HTTP ${response.status}).`);
  try {
    return (await response.json()) as unknown;
  } catch {
    throw new PackFetchError('The data pack is not valid JSON.');
  }
}

/**
 * The raw JSON of a pack, by id: a shipped pack from public/data, else one the user added (kept in IndexedDB,
 * loaded with its own chunk). The one place that knows where packs come from. Parsing happens once, when the
 * JSON enters the franchise store.
 */
export async function loadPack(packId: string, signal?: AbortSignal): Promise<unknown> {
  const shipped = shippedPack(packId);
  if (shipped) return fetchJson(packFileUrl(shipped.file), signal);
  const { readUserPack } = await import('./user-packs');
  let stored: unknown;
  try {
    stored = await readUserPack(packId);
  } catch (error) {
    // No IndexedDB (or it is blocked): no added pack can be here, so this is an unknown universe, said plainly.
    throw new UnknownPackError(`Helix has no universe called “${packId}” that it can open here: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (stored === null) throw new UnknownPackError(`Helix has no universe called “${packId}”. It may have been removed from this browser.`);
  return stored;
}

export function packQuery(packId: string) {
  return queryOptions({
    queryKey: ['pack', packId],
    queryFn: ({ signal }) => loadPack(packId, signal),
    staleTime: Infinity,
    retry: (failures, error) => !(error instanceof UnknownPackError) && failures < 1,
  });
}
