import { checkIntegrity } from './check-integrity';
import { formatIssue } from './format-issue';
import { PackError } from './pack-error';
import { indexPack, type PackIndex } from './pack-index';
import { packSchema, type Pack } from './schema';

/** Validates unknown JSON as a data pack: shape first, then referential integrity. Throws PackError. */
export function parsePack(json: unknown): Pack {
  return parseAndIndexPack(json).pack;
}

/** parsePack, also returning the look-up index the integrity check built (so it is built once). */
export function parseAndIndexPack(json: unknown): PackIndex {
  const result = packSchema.safeParse(json);
  if (!result.success) throw new PackError(result.error.issues.map(formatIssue));
  const index = indexPack(result.data);
  const problems = checkIntegrity(index);
  if (problems.length > 0) throw new PackError(problems);
  return index;
}
