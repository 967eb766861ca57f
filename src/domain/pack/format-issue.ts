import type { core } from 'zod/mini';
import { formatPath } from './pack-error';

/** Turns a zod issue into "path: message", with readable messages where zod/mini only says "Invalid input". */
export function formatIssue(issue: core.$ZodIssue): string {
  const where = formatPath(issue.path) || '(root)';
  return `${where}: ${describe(issue)}`;
}

function describe(issue: core.$ZodIssue): string {
  if (issue.message && issue.message !== 'Invalid input') return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? `is required (${issue.expected})` : `expected ${issue.expected}`;
    case 'invalid_value':
      return `must be ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`;
    case 'too_small':
      return issue.origin === 'array' ? `needs at least ${String(issue.minimum)} items` : `must be at least ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'array' ? `has more than ${String(issue.maximum)} items` : `must be at most ${String(issue.maximum)}`;
    case 'unrecognized_keys':
      return `unknown keys ${issue.keys.join(', ')}`;
    default:
      return 'invalid value';
  }
}
