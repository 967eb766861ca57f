import { PackError } from './pack-error';
import type { PackIndex } from './pack-index';
import { parseAndIndexPack } from './parse-pack';

/** Larger files are refused before parsing: a pack is a few hundred KB; this leaves room for big franchises. */
export const PACK_FILE_MAX_BYTES = 8 * 1024 * 1024;

export type PackFileResult = { ok: true; index: PackIndex } | { ok: false; problems: readonly string[] };

/**
 * Checks a pack file someone brings (its text, as read): size, JSON, then the whole pack schema and integrity
 * (parsePack), and that its id is not a shipped pack's. Never throws; every problem is a "where: what" line.
 */
export function checkPackFile(text: string, shippedIds: ReadonlySet<string>): PackFileResult {
  if (text.length > PACK_FILE_MAX_BYTES) return { ok: false, problems: [`(file): is larger than ${String(PACK_FILE_MAX_BYTES / 1024 / 1024)} MB`] };
  let json: unknown;
  try {
    json = JSON.parse(text) as unknown;
  } catch (error) {
    const detail = error instanceof Error ? error.message : 'unreadable';
    return { ok: false, problems: [`(file): is not valid JSON (${detail})`] };
  }
  let index: PackIndex;
  try {
    index = parseAndIndexPack(json);
  } catch (error) {
    return { ok: false, problems: error instanceof PackError ? error.problems : [`(pack): ${String(error)}`] };
  }
  if (shippedIds.has(index.pack.id)) {
    return { ok: false, problems: [`id: "${index.pack.id}" is the id of a universe that ships with Helix; give your pack an id of its own`] };
  }
  return { ok: true, index };
}

/**
 * Where a pack may be loaded from by address: this site only (Helix never fetches from elsewhere, so a
 * pack cannot make it). Returns the absolute URL, or why not.
 */
export function sameOriginPackUrl(input: string, page: { href: string; origin: string }): { ok: true; url: string } | { ok: false; problem: string } {
  let url: URL;
  try {
    url = new URL(input.trim(), page.href);
  } catch {
    return { ok: false, problem: 'That is not a web address.' };
  }
  if (url.origin !== page.origin) return { ok: false, problem: `Only addresses on this site (${page.origin}) can be loaded; download the file and add it from your device instead.` };
  return { ok: true, url: url.href };
}
