import { lazy, Suspense, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { formatOrder } from '../../domain/order/format-order';
import { planGroups } from '../../domain/plan-view/plan-filter';
import { paths } from '../../app/paths';
import { usePackIndex } from '../../data/franchise-store';
import { useHelixStore } from '../../store/helix-store';
import { useActivePlan, useFirstUndoneIndex } from '../../store/progress-selectors';
import { setEntriesDone } from '../../store/progress-actions';
import { usePlanEntries, useThreadColors } from '../../data/use-plan-entries';
import { STRATEGY_TEXT, granularityText } from '../../ui/strategy-text';
import { UpNextCard } from '../../ui/UpNextCard';
import { BackupReminder } from '../../ui/BackupReminder';
import { entryName } from '../../ui/entry-text';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { useQueryParams } from '../../ui/useQueryParams';
import { formatMinutes, plural } from '../../ui/format';
import { isPastSpoilerWindow } from '../../ui/spoiler-window';
import { BraidNote } from './BraidNote';
import type { OrderListHandle } from './OrderList';
import { PlanRows } from './PlanRows';
import { PlanToolbar } from './PlanToolbar';
import { ProgressSummary } from './ProgressSummary';
import { PlanSwitcher } from './PlanSwitcher';
import { ThreadLegend } from './ThreadLegend';
import { usePlanFilter } from './usePlanFilter';
import { usePlanShortcuts } from './usePlanShortcuts';
import './plan.css';

// The share dialog (codec, deflate) loads on first use, not with the plan.
const ShareDialog = lazy(() => import('../../ui/share/ShareDialog').then((m) => ({ default: m.ShareDialog })));

/**
 * The active plan. Wide screens: an overview column (name, actions, up next, progress, legend) beside the
 * list, so the list starts near the top. Phones: the overview above the list.
 */
export function PlanPage() {
  const index = usePackIndex();
  const plan = useActivePlan();
  const entries = usePlanEntries(plan);
  const firstUndone = useFirstUndoneIndex(entries);
  const settings = useHelixStore((s) => s.settings);
  const updateSettings = useHelixStore((s) => s.updateSettings);
  const threadColors = useThreadColors(entries);
  const groups = useMemo(() => planGroups(index, entries), [index, entries]);
  const { filter, setFilter, clear } = usePlanFilter();
  const [focusRequest, setFocusRequest] = useState<{ index: number; serial: number } | null>(null);
  const [copyStatus, setCopyStatus] = useState<'copied' | 'copied-safe' | 'failed' | null>(null);
  const list = useRef<OrderListHandle>(null);
  usePlanShortcuts(list);
  useEffect(() => {
    if (!copyStatus) return;
    const timer = setTimeout(() => setCopyStatus(null), 4000);
    return () => clearTimeout(timer);
  }, [copyStatus]);
  const [sharing, setSharing] = useState(false);
  // The rows render just after the overview, in a background pass: the page's first paint does not wait for
  // a long order's rows (and the work comes in two shorter tasks instead of one long one).
  const rowsShown = useDeferredValue(true, false);
  useDocumentTitle(plan?.name ?? 'Plan');

  // A link to one item (from the Helix picture: `#/plan?item=<entry id>`) focuses that row once, then leaves the address.
  const [params, setParams] = useQueryParams();
  const linkedItem = params.get('item');
  const [handledItem, setHandledItem] = useState<string | null>(null);
  if (!linkedItem && handledItem !== null) setHandledItem(null);
  if (linkedItem && linkedItem !== handledItem && entries.length > 0) {
    setHandledItem(linkedItem);
    const position = entries.findIndex((entry) => entry.id === linkedItem);
    if (position >= 0) setFocusRequest((r) => ({ index: position, serial: (r?.serial ?? 0) + 1 }));
  }
  useEffect(() => {
    if (!linkedItem) return;
    setParams((previous) => {
      const out = new URLSearchParams(previous);
      out.delete('item');
      return out;
    });
  }, [linkedItem, setParams]);

  const onMarkUpTo = useCallback(
    (position: number) => {
      const upTo = entries.slice(0, position + 1);
      const last = upTo[upTo.length - 1];
      // The plan's whole order up to this item, whatever the list is filtered to.
      setEntriesDone(upTo, true, `Marked everything up to item ${position + 1}${last ? `, ${entryName(last)}` : ''}`);
    },
    [entries],
  );

  if (!plan) {
    return (
      <div className="page">
        <h1>No plan yet</h1>
        <p>
          Pick a starting point on <Link to={paths.home()}>Home</Link> — for example <em>The Double Helix</em> — and Helix builds the order for you.
        </p>
      </div>
    );
  }
  const totalMinutes = entries.reduce((sum, e) => sum + e.minutes, 0);
  const jumpToNext = () => {
    if (firstUndone < entries.length) setFocusRequest((r) => ({ index: firstUndone, serial: (r?.serial ?? 0) + 1 }));
  };
  // With spoiler safety on, the copy hides the titles the list hides; "with all titles" is the explicit choice.
  const safeCopy = settings.spoilerSafety;
  const copyAsText = async (allTitles: boolean) => {
    const hideTitle = allTitles || !safeCopy ? undefined : (position: number) => isPastSpoilerWindow(position, firstUndone);
    try {
      await navigator.clipboard.writeText(`${plan.name}\n\n${formatOrder(entries, hideTitle ? { hideTitle } : {})}\n`);
      setCopyStatus(hideTitle ? 'copied-safe' : 'copied');
    } catch {
      setCopyStatus('failed');
    }
  };
  return (
    <div className="page page--plan plan">
      <div className="plan-aside">
        <header className="plan-head">
          <h1>{plan.name}</h1>
          <p className="plan-head__meta">
            {STRATEGY_TEXT[plan.spec.strategy].name} · {granularityText(plan.spec.readingGranularity)} · {plural(entries.length, 'item')} · ≈{' '}
            {formatMinutes(totalMinutes)}
          </p>
          <div className="plan-head__actions">
            <Link className="button button--small" to={paths.planEditor(plan.id)}>
              Edit plan
            </Link>
            <button type="button" className="button button--small" onClick={() => void copyAsText(false)}>
              Copy as text
            </button>
            <button type="button" className="button button--small" onClick={() => setSharing(true)}>
              Share
            </button>
            {safeCopy && (
              <button type="button" className="link-button" onClick={() => void copyAsText(true)}>
                or copy with all titles
              </button>
            )}
            <span className="plan-head__status" aria-live="polite">
              {copyStatus === 'copied'
                ? 'Order copied ✓'
                : copyStatus === 'copied-safe'
                  ? 'Order copied ✓ (episode titles past the next few items left out)'
                  : copyStatus === 'failed'
                    ? 'This browser did not allow copying.'
                    : ''}
            </span>
            <PlanSwitcher />
          </div>
        </header>
        <BackupReminder />
        <UpNextCard entry={entries[firstUndone]} position={firstUndone} total={entries.length} onJump={jumpToNext} />
        <BraidNote plan={plan} entries={entries} />
        <ProgressSummary entries={entries} />
        <KeyHelp />
      </div>
      {sharing && (
        <Suspense fallback={null}>
          <ShareDialog plan={plan} entries={entries} onClose={() => setSharing(false)} />
        </Suspense>
      )}
      <section className="plan-main" aria-label="The order">
        <PlanToolbar
          filter={filter}
          onFilter={setFilter}
          groups={groups}
          hideDone={settings.hideDone}
          spoilerSafety={settings.spoilerSafety}
          onSettings={updateSettings}
          onJump={jumpToNext}
          canJump={firstUndone < entries.length}
          onEnterList={() => list.current?.focusCurrent()}
        />
        <ThreadLegend entries={entries} />
        {rowsShown ? (
          <PlanRows
            entries={entries}
            filter={filter}
            onClearFilter={clear}
            hideDone={settings.hideDone}
            firstUndone={firstUndone}
            spoilerSafety={settings.spoilerSafety}
            threadColors={threadColors}
            onMarkUpTo={onMarkUpTo}
            focusRequest={focusRequest}
            handle={list}
          />
        ) : (
          <div className="plan-rows-pending" aria-busy="true" />
        )}
      </section>
    </div>
  );
}

function KeyHelp() {
  return (
    <details className="plan-keys">
      <summary>Keyboard</summary>
      <dl>
        <dt>
          <kbd>j</kbd> <kbd>k</kbd>
        </dt>
        <dd>next / previous row (starts at the next unwatched item)</dd>
        <dt>
          <kbd>x</kbd> or <kbd>Space</kbd>
        </dt>
        <dd>tick or untick the row</dd>
        <dt>
          <kbd>Shift</kbd>+<kbd>X</kbd>
        </dt>
        <dd>done up to here</dd>
        <dt>
          <kbd>→</kbd>
        </dt>
        <dd>the row’s buttons</dd>
        <dt>
          <kbd>Ctrl</kbd>+<kbd>Z</kbd>
        </dt>
        <dd>undo</dd>
      </dl>
    </details>
  );
}
