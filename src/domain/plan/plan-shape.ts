import type { OrderSpec } from '../order/types';
import type { Plan } from './plan';
import { sameName } from './plan-names';

/**
 * Whether two specs make the same plan: the same things included (in any order), the same strategy,
 * reading steps and, for series order, the same series order. Reading speed is the pace's business.
 */
export function sameShape(a: OrderSpec, b: OrderSpec): boolean {
  return (
    a.strategy === b.strategy &&
    sameSet(a.include, b.include) &&
    JSON.stringify(a.readingGranularity) === JSON.stringify(b.readingGranularity) &&
    (a.strategy !== 'series' || JSON.stringify(a.seriesOrder ?? []) === JSON.stringify(b.seriesOrder ?? []))
  );
}

/** The plan of that shape to use: the active one if it is, else the one changed last; undefined when none is. */
export function planOfShape(plans: readonly Plan[], spec: OrderSpec, activePlanId: string | null): Plan | undefined {
  const matching = plans.filter((plan) => sameShape(plan.spec, spec));
  return matching.find((plan) => plan.id === activePlanId) ?? matching.reduce<Plan | undefined>((best, plan) => (!best || plan.updatedAt > best.updatedAt ? plan : best), undefined);
}

/**
 * A plan you already have for a starting point (a preset, a link): one with its name, else one of its
 * shape. Starting it again should offer that plan rather than make a twin.
 */
export function existingPlan(plans: readonly Plan[], name: string, spec: OrderSpec, activePlanId: string | null): Plan | undefined {
  return plans.find((plan) => sameName(plan.name, name)) ?? planOfShape(plans, spec, activePlanId);
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((id) => right.has(id));
}
