import { useMemo } from 'react';
import { buildOrderFromIndex } from '../domain/order/build-order';
import type { OrderEntry } from '../domain/order/types';
import type { Plan } from '../domain/plan/plan';
import { usePackIndex } from './franchise-store';

/** The plan's order, rebuilt only when the plan's spec, reading speed or the pack change. */
export function usePlanEntries(plan: Plan | null): OrderEntry[] {
  const index = usePackIndex();
  const spec = plan?.spec;
  const pagesPerHour = plan?.pace.pagesPerHour;
  return useMemo(
    () => (spec ? buildOrderFromIndex(index, { ...spec, pagesPerHour: pagesPerHour ?? spec.pagesPerHour }) : []),
    [index, spec, pagesPerHour],
  );
}

/** Each entry's thread colours, as stable arrays so memoised rows don't re-render. */
export function useThreadColors(entries: readonly OrderEntry[]): (entry: OrderEntry) => readonly string[] {
  const index = usePackIndex();
  return useMemo(() => {
    const byId = new Map<string, readonly string[]>();
    const none: readonly string[] = [];
    for (const entry of entries) {
      const colors = entry.threads.map((id) => index.threads.get(id)?.color).filter((c): c is string => c !== undefined);
      byId.set(entry.id, colors.length > 0 ? colors : none);
    }
    return (entry) => byId.get(entry.id) ?? none;
  }, [entries, index]);
}
