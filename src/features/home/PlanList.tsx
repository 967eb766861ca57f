import { Link, useNavigate } from 'react-router-dom';
import { paths } from '../../app/paths';
import { useHelixStore } from '../../store/helix-store';
import { useActivePlan, usePackPlans } from '../../store/plan-selectors';
import { deletePlanWithUndo, duplicatePlan } from '../../store/plan-actions';
import { STRATEGY_TEXT } from '../../ui/strategy-text';
import { PlanProgressLine } from './PlanProgressLine';

/**
 * Every saved plan with its progress and last activity: open, edit, duplicate, delete (with undo).
 * A lazy chunk (progress needs the order engine) that Home's loader fetches when there are plans.
 */
export function PlanList() {
  const plans = usePackPlans();
  const activePlanId = useActivePlan()?.id ?? null;
  const setActivePlan = useHelixStore((s) => s.setActivePlan);
  const navigate = useNavigate();
  if (plans.length === 0) return null;
  return (
    <section aria-labelledby="plans-heading">
      <h2 id="plans-heading">Your plans</h2>
      <ul className="plan-list">
        {plans.map((plan) => (
          <li key={plan.id} className="plan-list__item">
            <div className="plan-list__main">
              <strong>{plan.name}</strong>
              {plan.id === activePlanId && <span className="badge">active</span>}
              <div className="muted">{STRATEGY_TEXT[plan.spec.strategy].name}</div>
              <PlanProgressLine plan={plan} />
            </div>
            <div className="plan-list__actions">
              <button
                type="button"
                className="button"
                onClick={() => {
                  setActivePlan(plan.id);
                  navigate(paths.plan());
                }}
                aria-label={`Open “${plan.name}”`}
              >
                Open
              </button>
              <Link className="button" to={paths.planEditor(plan.id)} aria-label={`Edit “${plan.name}”`}>
                Edit
              </Link>
              <button type="button" className="button" onClick={() => duplicatePlan(plan)} aria-label={`Duplicate “${plan.name}”`}>
                Duplicate
              </button>
              <button type="button" className="button button--danger" onClick={() => deletePlanWithUndo(plan)} aria-label={`Delete “${plan.name}”`}>
                Delete
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
