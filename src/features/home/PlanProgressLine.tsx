import { useMemo, useState } from 'react';
import { usePackIndex } from '../../data/franchise-store';
import type { Plan } from '../../domain/plan/plan';
import { lookupFor } from '../../store/progress-selectors';
import { plural } from '../../ui/format';
import { activityText } from './activity-text';
import { planProgress } from './plan-progress';
import { usePackProgress } from '../../store/pack-progress';

/** A saved plan's progress for the list on Home: a bar, done of total, and when it last saw activity. */
export function PlanProgressLine({ plan }: { plan: Plan }) {
  const index = usePackIndex();
  const progress = usePackProgress();
  const { done, total, lastActivity } = useMemo(() => planProgress(index, plan, progress, lookupFor(progress)), [index, plan, progress]);
  const [now] = useState(Date.now);
  const percent = total === 0 ? 0 : Math.round((done / total) * 100);
  return (
    <div className="plan-list__progress">
      <div className="bar" role="progressbar" aria-label={`Progress of ${plan.name}`} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}>
        <span style={{ transform: `scaleX(${percent / 100})` }} />
      </div>
      <p className="plan-list__facts">
        {done} of {plural(total, 'item')} done · last activity {activityText(lastActivity, now)}
      </p>
    </div>
  );
}
