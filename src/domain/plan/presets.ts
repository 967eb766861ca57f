import type { ManifestPreset } from '../pack/manifest/manifest-schema';
import { resolveInclude } from '../pack/manifest/include-rules';
import type { OrderSpec } from '../order/types';
import type { Pack } from '../pack/schema';
import { DEFAULT_PACE, type Plan } from './plan';

/** A starting point on Home, as the pack's manifest declares it (or as derived for a pack that declares none). */
export type Preset = ManifestPreset;

/** The order spec a preset stands for in this pack: its include rules resolved to item ids. */
export function presetSpec(pack: Pack, preset: Preset): OrderSpec {
  const spec: OrderSpec = { include: resolveInclude(pack, preset.include), strategy: preset.strategy, readingGranularity: preset.granularity };
  return preset.seriesOrder ? { ...spec, seriesOrder: preset.seriesOrder } : spec;
}

/** A new plan from a preset. Ids, times and a name other than the preset's come from the caller, so this stays pure. */
export function planFromPreset(pack: Pack, preset: Preset, options: { id: string; now: number; startDate: string; name?: string }): Plan {
  return {
    id: options.id,
    name: options.name ?? preset.name,
    packId: pack.id,
    dataVersion: pack.dataVersion,
    spec: presetSpec(pack, preset),
    pace: DEFAULT_PACE,
    startDate: options.startDate,
    createdAt: options.now,
    updatedAt: options.now,
  };
}
