/**
 * Packs the user added (a file or a same-origin URL), kept in IndexedDB so they work offline: one record per
 * pack, `{ id, title, json, addedAt }`, the JSON as it was validated. IndexedDB, not localStorage: a pack is
 * hundreds of KB and must not eat the quota that progress lives in. Its own chunk (only loaded when a pack is
 * added, listed or opened).
 */
import { UnknownPackError } from './pack-download';

const DB_NAME = 'helix-packs';
const STORE = 'packs';

export interface UserPackRecord {
  id: string;
  title: string;
  json: unknown;
  addedAt: number;
}

export type UserPackSummary = Omit<UserPackRecord, 'json'>;

export class PackStorageError extends Error {
  override name = 'PackStorageError';
}

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') {
      reject(new PackStorageError('This browser cannot keep added packs (no IndexedDB).'));
      return;
    }
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'id' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(new PackStorageError(`Added packs could not be opened: ${request.error?.message ?? 'unknown error'}`));
    request.onblocked = () => reject(new PackStorageError('Added packs are busy in another tab; close it and try again.'));
  });
}

function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return openDb().then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        const tx = db.transaction(STORE, mode);
        const request = work(tx.objectStore(STORE));
        tx.oncomplete = () => {
          db.close();
          resolve(request.result);
        };
        tx.onerror = tx.onabort = () => {
          db.close();
          const error = tx.error ?? request.error;
          const full = error?.name === 'QuotaExceededError';
          reject(new PackStorageError(full ? 'The browser’s storage is full: the pack was not kept.' : `The pack store failed: ${error?.message ?? 'unknown error'}`));
        };
      }),
  );
}

const isRecord = (value: unknown): value is UserPackRecord =>
  typeof value === 'object' && value !== null && typeof (value as UserPackRecord).id === 'string' && typeof (value as UserPackRecord).title === 'string';

/** The stored JSON of an added pack, or null when there is none by that id. */
export async function readUserPack(id: string): Promise<unknown> {
  const record: unknown = await run('readonly', (store) => store.get(id));
  return isRecord(record) ? record.json : null;
}

/** An added pack's JSON to open it by the address's id; a clear UnknownPackError when this browser has none. */
export async function openUserPack(packId: string): Promise<unknown> {
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

/** Added packs, oldest first, without their data. */
export async function listUserPacks(): Promise<UserPackSummary[]> {
  const records: unknown[] = await run('readonly', (store) => store.getAll());
  return records
    .filter(isRecord)
    .map(({ id, title, addedAt }) => ({ id, title, addedAt: typeof addedAt === 'number' ? addedAt : 0 }))
    .sort((a, b) => a.addedAt - b.addedAt);
}

/** Keeps a validated pack (replacing an added pack with the same id). */
export async function saveUserPack(record: UserPackRecord): Promise<void> {
  await run('readwrite', (store) => store.put(record));
}

/** Forgets an added pack's data. Its plans and progress stay in Helix's own storage. */
export async function removeUserPack(id: string): Promise<void> {
  await run('readwrite', (store) => store.delete(id));
}
