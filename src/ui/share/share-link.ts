import type { OrderEntry } from '../../domain/order/types';
import type { Plan } from '../../domain/plan/plan';
import { progressIdsOf } from '../../domain/progress/progress-ids';
import type { SharePayload } from '../../domain/share/share-types';

/**
 * The payload of a plan's link. With progress, only the done ids this plan's entries can mark
 * are included, so a link never reveals what the sender did outside the plan.
 */
export function sharePayloadOf(plan: Plan, entries: readonly OrderEntry[], done: ReadonlySet<string> | null): SharePayload {
  const payload: SharePayload = {
    packId: plan.packId,
    dataVersion: plan.dataVersion,
    name: plan.name,
    spec: plan.spec,
    pace: plan.pace,
    startDate: plan.startDate,
  };
  if (done) {
    const ids = new Set<string>();
    for (const entry of entries) for (const id of progressIdsOf(entry)) if (done.has(id)) ids.add(id);
    payload.progress = [...ids];
  }
  return payload;
}

/** The full address a share code opens at (hash routing: the code sits after `#/s/`). */
export function shareUrl(code: string, where: Pick<Location, 'origin' | 'pathname'> = window.location): string {
  return `${where.origin}${where.pathname}#/s/${code}`;
}
