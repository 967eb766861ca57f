import { useDeferredValue, useMemo, type Ref } from 'react';
import type { OrderEntry } from '../../domain/order/types';
import { filterPositions, isFiltering, type PlanFilter } from '../../domain/plan-view/plan-filter';
import { usePackIndex } from '../../data/franchise-store';
import { useDoneFlags } from '../../store/progress-selectors';
import { isPastSpoilerWindow } from '../../ui/spoiler-window';
import { plural } from '../../ui/format';
import { OrderList, type OrderListHandle } from './OrderList';

interface Props {
  entries: readonly OrderEntry[];
  filter: PlanFilter;
  onClearFilter: () => void;
  hideDone: boolean;
  firstUndone: number;
  spoilerSafety: boolean;
  threadColors: (entry: OrderEntry) => readonly string[];
  onMarkUpTo: (index: number) => void;
  focusRequest: { index: number; serial: number } | null;
  handle: Ref<OrderListHandle>;
}

const positionCache = new Map<number, number[]>();
/** 0 … count-1, one array per length, so an unfiltered list keeps the same `visible` between renders. */
function allPositions(count: number): number[] {
  let positions = positionCache.get(count);
  if (!positions) {
    positions = Array.from({ length: count }, (_, i) => i);
    positionCache.set(count, positions);
  }
  return positions;
}

/** The rows that pass the filter. Hiding done items needs every done flag, so only that variant subscribes to them. */
export function PlanRows(props: Props) {
  return props.hideDone ? <WithoutDone {...props} /> : <Filtered {...props} doneFlags={null} />;
}

function WithoutDone(props: Props) {
  const flags = useDoneFlags(props.entries);
  return <Filtered {...props} doneFlags={flags} />;
}

function Filtered({ doneFlags, filter: liveFilter, onClearFilter, ...list }: Props & { doneFlags: readonly boolean[] | null }) {
  const index = usePackIndex();
  // Typing stays responsive on long plans: the list follows the text a moment later if it must.
  const filter = useDeferredValue(liveFilter);
  const { entries, firstUndone, spoilerSafety } = list;
  const filtering = isFiltering(filter);
  const searching = filter.text.trim() !== '';
  // Spoiler-hidden titles only matter while searching; otherwise the window moving must not rebuild the list.
  const windowStart = searching && spoilerSafety ? firstUndone : -1;
  const visible = useMemo(() => {
    if (!filtering && !doneFlags) return allPositions(entries.length);
    return filterPositions(index, entries, filter, {
      excluded: doneFlags ? (position) => doneFlags[position] === true : undefined,
      titleHidden: windowStart >= 0 ? (position) => isPastSpoilerWindow(position, windowStart) : undefined,
    });
  }, [index, entries, filter, filtering, doneFlags, windowStart]);

  const empty = visible.length === 0;
  return (
    <>
      <div className="plan-count">
        <p aria-live="polite">
          {filtering ? `${visible.length} of ${plural(entries.length, 'item')} match` : doneFlags ? `${plural(visible.length, 'item')} not done yet` : plural(entries.length, 'item')}
        </p>
        {filtering && (
          <button type="button" className="link-button" onClick={onClearFilter}>
            Clear filters
          </button>
        )}
      </div>
      {filtering && !empty && (
        <p className="plan-note">“Done up to here” marks the plan’s whole order up to that item, including items this filter hides.</p>
      )}
      {empty ? (
        <p className="muted plan-empty">{filtering ? 'Nothing in this plan matches.' : 'Everything in this plan is done.'}</p>
      ) : (
        <OrderList {...list} visible={visible} />
      )}
    </>
  );
}
