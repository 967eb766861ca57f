import { checkIntegrity } from './check-integrity';
import { formatIssue } from './format-issue';
import { PackError } from './pack-error';
import { indexPack } from './pack-index';
import { packSchema, type Pack } from './schema';

/** Validates unknown JSON as a data pack: shape first, then referential integrity. Throws PackError. */
export function parsePack(json: unknown): Pack {
  const result = packSchema.safeParse(json);
  if (!result.success) throw new PackError(result.error.issues.map(formatIssue));
  const problems = checkIntegrity(indexPack(result.data));
  if (problems.length > 0) throw new PackError(problems);
  return result.data;
}
