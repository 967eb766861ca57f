import { formatIssue } from '../domain/pack/format-issue';
import { PackError } from '../domain/pack/pack-error';
import type { PackIndex } from '../domain/pack/pack-index';
import { parseAndIndexPack, parseAndIndexPackCore } from '../domain/pack/parse-pack';
import type { Pack } from '../domain/pack/schema';
import { joinPack, packDetailsSchema } from '../domain/pack/split-pack';

/**
 * Validating a pack, in a chunk of its own (docs/decisions/010-first-load-and-pack-split.md): the franchise
 * store loads it beside the pack's core file, so the schema and the integrity checks are not initial JS.
 */
export type Parsed = { index: PackIndex } | { problems: readonly string[] };

const problemsOf = (error: unknown) => (error instanceof PackError ? error.problems : [String(error)]);

/** A pack's core file: schema and integrity, details allowed to be absent. */
export function parseCore(raw: unknown): Parsed {
  try {
    return { index: parseAndIndexPackCore(raw) };
  } catch (error) {
    return { problems: problemsOf(error) };
  }
}

/** A details file joined to the pack it belongs to, and the whole pack validated as authored. */
export function parseWithDetails(pack: Pack, raw: unknown): Parsed {
  const shape = packDetailsSchema.safeParse(raw);
  if (!shape.success) return { problems: shape.error.issues.map(formatIssue) };
  const joined = joinPack(pack, shape.data);
  if ('problems' in joined) return joined;
  try {
    return { index: parseAndIndexPack(joined.pack) };
  } catch (error) {
    return { problems: problemsOf(error) };
  }
}

/** A pack the user added, kept whole: validated as authored, details included. */
export function parseWhole(raw: unknown): Parsed {
  try {
    return { index: parseAndIndexPack(raw) };
  } catch (error) {
    return { problems: problemsOf(error) };
  }
}
