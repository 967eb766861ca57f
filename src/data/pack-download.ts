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

/** The address names a pack this Helix neither ships nor has been given: trying again would not help. */
export class UnknownPackError extends PackFetchError {
  override name = 'UnknownPackError';
}

export type FileState =
  | { status: 'loading' }
  | { status: 'ready'; data: unknown }
  | { status: 'error'; error: PackFetchError; retrying: boolean };

interface Download {
  state: FileState;
  readonly listeners: Set<() => void>;
  readonly fetch: () => Promise<unknown>;
}

/** One download per key (a URL, or an added pack) for the page's life: a pack's files never change while it is open. */
const downloads = new Map<string, Download>();

export async function fetchJson(url: string, what: string): Promise<unknown> {
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
function start(download: Download, triesLeft = 1) {
  download.fetch().then(
    (data) => set(download, { status: 'ready', data }),
    (error: unknown) => {
      const failure = error instanceof PackFetchError ? error : new PackFetchError(String(error));
      if (triesLeft > 0 && !(failure instanceof UnknownPackError)) setTimeout(() => start(download, triesLeft - 1), 1000);
      else set(download, { status: 'error', error: failure, retrying: false });
    },
  );
}

/** Starts a download (once per key) and returns its record. */
export function download(key: string, fetch: () => Promise<unknown>): Download {
  let record = downloads.get(key);
  if (record === undefined) {
    record = { state: { status: 'loading' }, listeners: new Set(), fetch };
    downloads.set(key, record);
    start(record);
  }
  return record;
}

/** Drops a finished download, so the next use fetches again (an added pack replaced or removed). */
export function forgetDownload(key: string): void {
  const record = downloads.get(key);
  if (record !== undefined && record.listeners.size === 0) downloads.delete(key);
  else if (record !== undefined) {
    set(record, { status: 'loading' });
    start(record, 0);
  }
}

/** What to download: a key (one download per key) and how. */
export interface Source {
  key: string;
  fetch: () => Promise<unknown>;
}

/** A file of the served pack files, by URL. */
export const fileSource = (url: string, what: string): Source => ({ key: url, fetch: () => fetchJson(url, what) });

/**
 * A download as React state: its raw JSON once in (parsing happens once, when it enters the franchise store),
 * or the error with a retry. `source` null: nothing to fetch yet.
 */
export function useDownload(source: Source | null): { state: FileState; retry: () => void } {
  const record = source === null ? null : download(source.key, source.fetch);
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
    if (record === null) return;
    if (record.state.status === 'error') set(record, { ...record.state, retrying: true });
    else set(record, { status: 'loading' });
    start(record, 0);
  }, [record]);
  return { state, retry };
}

/** A served pack file's download as React state (see useDownload). */
export function usePackFile(url: string | null, what: string): { state: FileState; retry: () => void } {
  return useDownload(url === null ? null : fileSource(url, what));
}

const LOADING: FileState = { status: 'loading' };
