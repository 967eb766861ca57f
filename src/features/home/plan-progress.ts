import { buildOrderFromIndex } from '../../domain/order/build-order';
import type { OrderEntry, OrderSpec } from '../../domain/order/types';
import type { PackIndex } from '../../domain/pack/pack-index';
import { lastActivityAt } from '../../domain/plan/plan-activity';
import type { Plan } from '../../domain/plan/plan';
import { isEntryDone, type ProgressLookup } from '../../domain/progress/progress-ids';
import type { ProgressMap } from '../../domain/progress/progress-map';

const orders = new WeakMap<PackIndex, Map<string, OrderEntry[]>>();

/** A spec's order, built once per pack and spec (Home shows several plans and presets at once). */
export function orderOf(index: PackIndex, spec: OrderSpec, pagesPerHour: number): OrderEntry[] {
  let byKey = orders.get(index);
  if (!byKey) {
    byKey = new Map();
    orders.set(index, byKey);
  }
  const key = JSON.stringify([spec, pagesPerHour]);
  let entries = byKey.get(key);
  if (!entries) {
    entries = buildOrderFromIndex(index, { ...spec, pagesPerHour });
    byKey.set(key, entries);
  }
  return entries;
}

export interface PlanProgress {
  done: number;
  total: number;
  /** Epoch milliseconds of the last mark on one of its items, or of the plan's last change. */
  lastActivity: number;
}

export function planProgress(index: PackIndex, plan: Plan, progress: ProgressMap, lookup: ProgressLookup): PlanProgress {
  const entries = orderOf(index, plan.spec, plan.pace.pagesPerHour);
  return {
    done: entries.filter((entry) => isEntryDone(entry, lookup)).length,
    total: entries.length,
    lastActivity: lastActivityAt(entries, progress, plan.updatedAt),
  };
}
