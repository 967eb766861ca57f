/** Thrown by parsePack; `problems` lists every problem found, `message` starts with the first. */
export class PackError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    super(`${problems[0] ?? 'invalid pack'}${more}`);
    this.name = 'PackError';
    this.problems = problems;
  }
}

/** `['shows', 2, 'seasons', 0]` → `shows[2].seasons[0]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}
