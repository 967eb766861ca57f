import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { formatOrder } from '../../domain/order/format-order';
import { paths } from '../../app/paths';
import { useHelixStore } from '../../store/helix-store';
import { useActivePlan, useDoneFlags, useFirstUndoneIndex } from '../../store/progress-selectors';
import { setEntriesDone } from '../../store/progress-actions';
import { usePlanEntries, useThreadColors } from '../../data/use-plan-entries';
import { STRATEGY_TEXT, granularityText } from '../../ui/strategy-text';
import { UpNextCard } from '../../ui/UpNextCard';
import { BackupReminder } from '../../ui/BackupReminder';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { formatMinutes, plural } from '../../ui/format';
import { isPastSpoilerWindow } from '../../ui/spoiler-window';
import { BraidNote } from './BraidNote';
import { OrderList } from './OrderList';
import { ProgressSummary } from './ProgressSummary';
import { PlanSwitcher } from './PlanSwitcher';

// The share dialog (codec, deflate) loads on first use, not with the plan.
const ShareDialog = lazy(() => import('../../ui/share/ShareDialog').then((m) => ({ default: m.ShareDialog })));

/** The active plan: up next, progress, and the order with check-offs. */
export function PlanPage() {
  const plan = useActivePlan();
  const entries = usePlanEntries(plan);
  const firstUndone = useFirstUndoneIndex(entries);
  const settings = useHelixStore((s) => s.settings);
  const updateSettings = useHelixStore((s) => s.updateSettings);
  const threadColors = useThreadColors(entries);
  const [focusRequest, setFocusRequest] = useState<{ index: number; serial: number } | null>(null);
  const [copyStatus, setCopyStatus] = useState<'copied' | 'copied-safe' | 'failed' | null>(null);
  useEffect(() => {
    if (!copyStatus) return;
    const timer = setTimeout(() => setCopyStatus(null), 4000);
    return () => clearTimeout(timer);
  }, [copyStatus]);
  const [sharing, setSharing] = useState(false);
  useDocumentTitle(plan?.name ?? 'Plan');

  const onMarkUpTo = useCallback(
    (index: number) => {
      const upTo = entries.slice(0, index + 1);
      setEntriesDone(upTo, true, `Marked everything up to item ${index + 1}`);
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
    <div className="page page--plan">
      <header className="plan-head">
        <div>
          <h1>{plan.name}</h1>
          <p className="lede">
            {STRATEGY_TEXT[plan.spec.strategy].name} · {granularityText(plan.spec.readingGranularity)} · {plural(entries.length, 'item')} · ≈{' '}
            {formatMinutes(totalMinutes)}
          </p>
        </div>
        <div className="plan-head__actions">
          <Link className="button" to={paths.planEditor(plan.id)}>
            Edit plan
          </Link>
          <button type="button" className="button" onClick={() => void copyAsText(false)}>
            Copy as text
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
          <button type="button" className="button" onClick={() => setSharing(true)}>
            Share
          </button>
          <PlanSwitcher />
        </div>
      </header>
      {sharing && (
        <Suspense fallback={null}>
          <ShareDialog plan={plan} entries={entries} onClose={() => setSharing(false)} />
        </Suspense>
      )}
      <BackupReminder />
      <BraidNote plan={plan} entries={entries} />
      <div className="plan-grid">
        <UpNextCard entry={entries[firstUndone]} position={firstUndone} total={entries.length} onJump={jumpToNext} />
        <ProgressSummary entries={entries} />
      </div>
      <div className="toolbar" role="group" aria-label="List options">
        <label className="toggle">
          <input type="checkbox" checked={settings.hideDone} onChange={(e) => updateSettings({ hideDone: e.target.checked })} />
          Hide done items
        </label>
        <label className="toggle">
          <input type="checkbox" checked={settings.spoilerSafety} onChange={(e) => updateSettings({ spoilerSafety: e.target.checked })} />
          Spoiler safety
        </label>
        <button type="button" className="button" onClick={jumpToNext} disabled={firstUndone >= entries.length}>
          Jump to next unwatched
        </button>
        <span className="toolbar__hint">Keys: j / k move, x or space toggles, Ctrl+Z undoes</span>
      </div>
      {settings.hideDone ? (
        <HideDoneList
          entries={entries}
          firstUndone={firstUndone}
          spoilerSafety={settings.spoilerSafety}
          threadColors={threadColors}
          onMarkUpTo={onMarkUpTo}
          focusRequest={focusRequest}
        />
      ) : (
        <OrderList
          entries={entries}
          visible={allPositions(entries.length)}
          firstUndone={firstUndone}
          spoilerSafety={settings.spoilerSafety}
          threadColors={threadColors}
          onMarkUpTo={onMarkUpTo}
          focusRequest={focusRequest}
        />
      )}
    </div>
  );
}

const positionCache = new Map<number, number[]>();
function allPositions(count: number): number[] {
  let positions = positionCache.get(count);
  if (!positions) {
    positions = Array.from({ length: count }, (_, i) => i);
    positionCache.set(count, positions);
  }
  return positions;
}

/** Hiding done items needs every done flag, so only this variant subscribes to all of them. */
function HideDoneList(props: Omit<Parameters<typeof OrderList>[0], 'visible'>) {
  const flags = useDoneFlags(props.entries);
  const visible = useMemo(() => flags.flatMap((done, i) => (done ? [] : [i])), [flags]);
  if (visible.length === 0) return <p className="muted">Everything in this plan is done.</p>;
  return <OrderList {...props} visible={visible} />;
}
