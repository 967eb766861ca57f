import { useCallback, useState } from 'react';
import { useQueryParams } from '../../ui/useQueryParams';
import { NO_FILTER, parsePlanFilter, planFilterParams, type PlanFilter } from '../../domain/plan-view/plan-filter';

const FILTER_KEYS = ['q', 'kind', 'group'];

/**
 * The plan list's filter, kept in the address (`#/plan?q=ballard&kind=episode`) so a reload or Back keeps it.
 * The text lives in component state first, so typing never waits for the router.
 */
export function usePlanFilter(): { filter: PlanFilter; setFilter: (change: Partial<PlanFilter>) => void; clear: () => void } {
  const [params, setParams] = useQueryParams();
  const [filter, setLocal] = useState<PlanFilter>(() => parsePlanFilter((name) => params.get(name)));
  const write = useCallback(
    (next: PlanFilter) => {
      setLocal(next);
      setParams((previous) => {
        const out = new URLSearchParams(previous);
        for (const key of FILTER_KEYS) out.delete(key);
        for (const [key, value] of planFilterParams(next)) out.set(key, value);
        return out;
      });
    },
    [setParams],
  );
  const setFilter = useCallback((change: Partial<PlanFilter>) => write({ ...filter, ...change }), [filter, write]);
  const clear = useCallback(() => write(NO_FILTER), [write]);
  return { filter, setFilter, clear };
}
