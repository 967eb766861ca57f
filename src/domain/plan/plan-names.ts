import { PLAN_NAME_MAX } from './plan';

/** Plan names compare without case and surrounding spaces: "the double helix " is taken by "The Double Helix". */
export function sameName(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase('en') === b.trim().toLocaleLowerCase('en');
}

/**
 * `name` itself when no plan has it, else the first free "name (2)", "name (3)", … cut so that it
 * stays within the plan name limit. Two plans never share a name.
 */
export function uniquePlanName(name: string, taken: readonly string[]): string {
  const base = name.trim().slice(0, PLAN_NAME_MAX) || 'Plan';
  const isTaken = (candidate: string) => taken.some((other) => sameName(other, candidate));
  if (!isTaken(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${base.slice(0, PLAN_NAME_MAX - suffix.length).trimEnd()}${suffix}`;
    if (!isTaken(candidate)) return candidate;
  }
}
