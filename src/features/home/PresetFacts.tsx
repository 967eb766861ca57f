import { useMemo } from 'react';
import { usePackIndex } from '../../data/franchise-store';
import { DEFAULT_PACE } from '../../domain/plan/plan';
import type { OrderSpec } from '../../domain/order/types';
import { isEntryDone } from '../../domain/progress/progress-ids';
import { useHelixStore } from '../../store/helix-store';
import { lookupFor } from '../../store/progress-selectors';
import { plural } from '../../ui/format';
import { orderOf } from './plan-progress';
import { packProgressOf } from '../../store/pack-progress';

/** How big a preset is, counted by the order engine: "191 items · about 541 h", and how much of it you have done. */
export function PresetFacts({ spec }: { spec: OrderSpec }) {
  const index = usePackIndex();
  const entries = useMemo(() => orderOf(index, spec, DEFAULT_PACE.pagesPerHour), [index, spec]);
  const done = useHelixStore((s) => {
    const lookup = lookupFor(packProgressOf(s.progress));
    return entries.filter((entry) => isEntryDone(entry, lookup)).length;
  });
  const minutes = entries.reduce((sum, entry) => sum + entry.minutes, 0);
  return (
    <p className="preset__facts">
      {plural(entries.length, 'item')} · about {hoursText(minutes)}
      {done > 0 && <span className="preset__done"> · {done} done already</span>}
    </p>
  );
}

/** "541 h", "25 h", or "40 min" for a short one. */
export function hoursText(minutes: number): string {
  return minutes < 60 ? `${Math.round(minutes)} min` : `${Math.round(minutes / 60).toLocaleString('en-GB')} h`;
}
