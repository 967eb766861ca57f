import { useCallback, useSyncExternalStore } from 'react';

/**
 * Where the built app serves a pack's two files (docs/decisions/010-first-load-and-pack-split.md); respects the
 * deploy base path. `core` is what ordering and the plan need; `details` holds sources and long notes.
 */
export function packUrl(packId: string, part: 'core' | 'details' = 'core'): string {
  return `${import.meta.env.BASE_URL}data/${packId}.${part}.json`;
}

export class PackFetchError extends Error {
  override name = 'PackFetchError';
}

export type FileState =
  | { status: 'loading' }
  | { status: 'ready'; data: unknown }
  | { status: 'error'; error: PackFetchError; retrying: boolean };

interface Download {
  state: FileState;
  readonly listeners: Set<() => void>;
}

/** One download per URL for the page's life: the pack's files never change while it is open. */
const downloads = new Map<string, Download>();

async function fetchJson(url: string, what: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    throw new PackFetchError(`${what} could not be downloaded. Check your connection.`);
  }
  if (!response.ok) throw new PackFetchError(`${what} could not be downloaded (HTTP ${response.status}).`);
  try {
    return (await response.json()) as unknown;
  } catch {
    throw new PackFetchError(`${what} is not valid JSON.`);
  }
}

function set(download: Download, state: FileState) {
  download.state = state;
  for (const listener of download.listeners) listener();
}

/** Fetches once; a failure is tried once more after a second (a flaky network), then reported. */
function start(download: Download, url: string, what: string, triesLeft = 1) {
  fetchJson(url, what).then(
    (data) => set(download, { status: 'ready', data }),
    (error: unknown) => {
      const failure = error instanceof PackFetchError ? error : new PackFetchError(`${what} could not be downloaded.`);
      if (triesLeft > 0) setTimeout(() => start(download, url, what, triesLeft - 1), 1000);
      else set(download, { status: 'error', error: failure, retrying: false });
    },
  );
}

/** Starts a file's download (once per URL) and returns its record. */
export function download(url: string, what: string): Download {
  let record = downloads.get(url);
  if (record === undefined) {
    record = { state: { status: 'loading' }, listeners: new Set() };
    downloads.set(url, record);
    start(record, url, what);
  }
  return record;
}

/**
 * A pack file's download as React state: its raw JSON once in (parsing happens once, when it enters the
 * franchise store), or the error with a retry. `url` null: nothing to fetch yet.
 */
export function usePackFile(url: string | null, what: string): { state: FileState; retry: () => void } {
  const record = url === null ? null : download(url, what);
  const subscribe = useCallback(
    (listener: () => void) => {
      record?.listeners.add(listener);
      return () => void record?.listeners.delete(listener);
    },
    [record],
  );
  const state = useSyncExternalStore(subscribe, () => record?.state ?? LOADING);
  // Downloads the file again: after a failure, or when what came was damaged (a fixed file may be served now).
  const retry = useCallback(() => {
    if (record === null || url === null) return;
    if (record.state.status === 'error') set(record, { ...record.state, retrying: true });
    else set(record, { status: 'loading' });
    start(record, url, what, 0);
  }, [record, url, what]);
  return { state, retry };
}

const LOADING: FileState = { status: 'loading' };
