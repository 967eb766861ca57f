import { useHelixStore } from './helix-store';

/** The active plan, or the first plan when the active id names none (a stale or hand-edited id must not hide plans). */
export function useActivePlan() {
  return useHelixStore((s) => s.plans.find((plan) => plan.id === s.activePlanId) ?? s.plans[0] ?? null);
}

export function usePlan(id: string | undefined) {
  return useHelixStore((s) => (id ? (s.plans.find((plan) => plan.id === id) ?? null) : null));
}
