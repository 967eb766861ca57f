import { useHelixStore } from '../../store/helix-store';
import { useActivePlan, usePackPlans } from '../../store/plan-selectors';

/** Switch the active plan when there are several. */
export function PlanSwitcher() {
  const plans = usePackPlans();
  const activePlanId = useActivePlan()?.id ?? null;
  const setActivePlan = useHelixStore((s) => s.setActivePlan);
  if (plans.length < 2) return null;
  return (
    <label className="field field--inline">
      <span>Plan</span>
      <select value={activePlanId ?? ''} onChange={(e) => setActivePlan(e.target.value)}>
        {plans.map((plan) => (
          <option key={plan.id} value={plan.id}>
            {plan.name}
          </option>
        ))}
      </select>
    </label>
  );
}
