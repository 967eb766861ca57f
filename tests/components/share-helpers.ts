import { buildOrder } from '../../src/domain/order/build-order';
import { parsePack } from '../../src/domain/pack/parse-pack';
import type { Pack } from '../../src/domain/pack/schema';
import type { Plan } from '../../src/domain/plan/plan';
import { planFromPreset } from '../../src/domain/plan/presets';
import { PRESETS } from '../unit/fixtures/shipped-presets';
import { encodeShare } from '../../src/domain/share/share-codec';
import { shareContextFromPack } from '../../src/domain/share/share-context';
import type { SharePayload } from '../../src/domain/share/share-types';
import { shippedPackJson } from './render-with-pack';

export const packJson = shippedPackJson();
export const pack: Pack = parsePack(packJson);
export const context = shareContextFromPack(pack);

export function doubleHelixPlan(id = 'plan-a'): Plan {
  const preset = PRESETS.find((p) => p.id === 'double-helix');
  if (!preset) throw new Error('no Double Helix preset');
  return planFromPreset(pack, preset, { id, now: 1_700_000_000_000, startDate: '2026-03-02' });
}

export function payloadOf(plan: Plan, progress?: string[]): SharePayload {
  const payload: SharePayload = { packId: plan.packId, dataVersion: plan.dataVersion, name: plan.name, spec: plan.spec, pace: plan.pace, startDate: plan.startDate };
  if (progress) payload.progress = progress;
  return payload;
}

export const codeOf = (payload: SharePayload) => encodeShare(payload, context);

/** The number of items the plan's order holds (the data may grow, so tests don't hard-code it). */
export function itemCount(plan: Plan): number {
  return buildOrder(pack, { ...plan.spec, pagesPerHour: plan.pace.pagesPerHour }).length;
}
