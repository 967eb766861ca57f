import { Link } from 'react-router-dom';
import { paths } from '../../app/paths';
import { usePlanEntries } from '../../data/use-plan-entries';
import { useActivePlan, useDoneFlags } from '../../store/progress-selectors';
import { UpNextCard } from '../../ui/UpNextCard';

/** The active plan at a glance: progress and what comes next. */
export function ContinueCard() {
  const plan = useActivePlan();
  const entries = usePlanEntries(plan);
  const flags = useDoneFlags(entries);
  if (!plan) return null;
  const done = flags.filter(Boolean).length;
  const next = flags.indexOf(false);
  const percent = entries.length === 0 ? 0 : Math.round((done / entries.length) * 100);
  return (
    <section className="continue" aria-labelledby="continue-heading">
      <h2 id="continue-heading">Continue “{plan.name}”</h2>
      <div className="bar" role="progressbar" aria-label={`${plan.name} progress`} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}>
        <span style={{ transform: `scaleX(${percent / 100})` }} />
      </div>
      <p className="muted">
        {done} of {entries.length} done ({percent}%)
      </p>
      <UpNextCard entry={next === -1 ? undefined : entries[next]} position={next} total={entries.length} />
      <p>
        <Link className="button button--primary" to={paths.plan()}>
          Open the plan
        </Link>
      </p>
    </section>
  );
}
