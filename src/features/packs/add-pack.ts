import { checkPackFile } from '../../domain/pack/check-pack-file';
import { SHIPPED_PACKS } from '../../data/pack-registry';
import { saveUserPack } from '../../data/user-packs';
import { useStorageHealth } from '../../store/storage-health';

export type AddOutcome =
  | { kind: 'added'; id: string; title: string; replaced: boolean }
  | { kind: 'refused'; source: string; problems: readonly string[] };

const SHIPPED_IDS = new Set(SHIPPED_PACKS.map((pack) => pack.id));

/**
 * Validates a pack's text and, only when it is valid, keeps it in this browser. A refused pack changes nothing.
 * A tab that has seen data from a newer Helix writes nothing at all (storage-health.ts): it must reload first.
 */
export async function addPackText(text: string, source: string, existing: ReadonlySet<string>): Promise<AddOutcome> {
  if (useStorageHealth.getState().newerVersion !== null) {
    return { kind: 'refused', source, problems: ['(this tab): a newer version of Helix saved data in this browser; reload the page before adding a pack'] };
  }
  const result = checkPackFile(text, SHIPPED_IDS);
  if (!result.ok) return { kind: 'refused', source, problems: result.problems };
  const { pack } = result.index;
  try {
    await saveUserPack({ id: pack.id, title: pack.title, json: JSON.parse(text) as unknown, addedAt: Date.now() });
  } catch (error) {
    return { kind: 'refused', source, problems: [`(storage): ${error instanceof Error ? error.message : String(error)}`] };
  }
  return { kind: 'added', id: pack.id, title: pack.title, replaced: existing.has(pack.id) };
}

/** Reads a pack from an address on this site (checked by the caller), as text. */
export async function fetchPackText(url: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin' });
  } catch {
    throw new Error('The address could not be reached.');
  }
  if (!response.ok) throw new Error(`The address answered HTTP ${String(response.status)}.`);
  return response.text();
}
