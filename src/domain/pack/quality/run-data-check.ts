import { PackError } from '../pack-error';
import { parsePack } from '../parse-pack';
import { checkConfidence } from './check-confidence';
import { coverageRows, formatCoverage, type CoverageRow } from './coverage';
import { familyLookup, type SourceFamily } from './source-families';

export interface DataCheckResult {
  /** Schema, integrity and confidence problems; empty when the pack passes. */
  readonly problems: readonly string[];
  readonly coverage: readonly CoverageRow[];
  /** The coverage table as Markdown ('' when the pack could not be parsed). */
  readonly table: string;
}

/** `npm run data:check`: parse (schema + integrity), then the confidence rules and the coverage table. */
export function runDataCheck(raw: unknown, families: readonly SourceFamily[]): DataCheckResult {
  let pack;
  try {
    pack = parsePack(raw);
  } catch (error) {
    if (error instanceof PackError) return { problems: error.problems, coverage: [], table: '' };
    throw error;
  }
  const lookup = familyLookup(families);
  const coverage = coverageRows(pack, lookup);
  return { problems: checkConfidence(pack, lookup), coverage, table: formatCoverage(coverage) };
}
