import { checkIntegrity } from './check-integrity';
import { formatIssue } from './format-issue';
import { PackError } from './pack-error';
import { indexPack, type PackIndex } from './pack-index';
import { packSchema, type Pack } from './schema';
import { missingDetails } from './split-pack';

/**
 * Validates unknown JSON as a whole (authored) data pack, details included: shape first, then referential
 * integrity, then that every required source is there. Throws PackError.
 */
export function parsePack(json: unknown): Pack {
  return parseAndIndexPack(json).pack;
}

/** parsePack, also returning the look-up index the integrity check built (so it is built once). */
export function parseAndIndexPack(json: unknown): PackIndex {
  const index = parseAndIndexPackCore(json);
  const problems = missingDetails(index.pack);
  if (problems.length > 0) throw new PackError(problems);
  return index;
}

/**
 * Validates a pack's core file (split-pack.ts): the same schema and integrity checks, with the details
 * (sources, long notes) allowed to be absent. Throws PackError.
 */
export function parseAndIndexPackCore(json: unknown): PackIndex {
  const result = packSchema.safeParse(json);
  if (!result.success) throw new PackError(result.error.issues.map(formatIssue));
  const index = indexPack(result.data);
  const problems = checkIntegrity(index);
  if (problems.length > 0) throw new PackError(problems);
  return index;
}
