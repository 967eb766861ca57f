import { useHelixStore } from '../../store/helix-store';

/** Switch the active plan when there are several. */
export function PlanSwitcher() {
  const plans = useHelixStore((s) => s.plans);
  const activePlanId = useHelixStore((s) => s.activePlanId);
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
