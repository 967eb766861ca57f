import { Link, useNavigate } from 'react-router-dom';
import { paths } from '../../app/paths';
import { useHelixStore } from '../../store/helix-store';
import { deletePlanWithUndo, duplicatePlan } from '../../store/plan-actions';
import { STRATEGY_TEXT } from '../../ui/strategy-text';

/** Every saved plan: open, edit, duplicate, delete (with undo). */
export function PlanList() {
  const plans = useHelixStore((s) => s.plans);
  const activePlanId = useHelixStore((s) => s.activePlanId);
  const setActivePlan = useHelixStore((s) => s.setActivePlan);
  const navigate = useNavigate();
  if (plans.length === 0) return null;
  return (
    <section aria-labelledby="plans-heading">
      <h2 id="plans-heading">Your plans</h2>
      <ul className="plan-list">
        {plans.map((plan) => (
          <li key={plan.id} className="plan-list__item">
            <div>
              <strong>{plan.name}</strong>
              {plan.id === activePlanId && <span className="badge">active</span>}
              <div className="muted">{STRATEGY_TEXT[plan.spec.strategy].name}</div>
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
