import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { paths } from '../../app/paths';
import { usePackIndex } from '../../data/franchise-store';
import { unionDone } from '../../domain/progress/progress-map';
import { decodeShare } from '../../domain/share/share-codec';
import { shareContextFromPack } from '../../domain/share/share-context';
import type { SharePayload } from '../../domain/share/share-types';
import { useHelixStore } from '../../store/helix-store';
import { newPlanId } from '../../store/plan-actions';
import { formatMinutes, formatPartialDate, plural } from '../../ui/format';
import { STRATEGY_TEXT, granularityText } from '../../ui/strategy-text';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { newDoneCount, planFromShare, previewOf, progressMapOf } from './share-preview-model';

/** Opening a share link: decode, show what it holds, and change nothing until the user chooses. */
export function SharePreviewPage() {
  const { code = '' } = useParams();
  const index = usePackIndex();
  const result = useMemo(() => decodeShare(code, shareContextFromPack(index.pack)), [code, index]);
  useDocumentTitle(result.ok ? `Shared plan: ${result.payload.name}` : 'Link can’t be opened');
  if (!result.ok) return <BadLink message={result.error} />;
  return <Preview payload={result.payload} warnings={result.warnings} />;
}

function BadLink({ message }: { message: string }) {
  return (
    <div className="page share-preview">
      <h1>This link can’t be opened</h1>
      <div className="notice" role="alert">
        <p>{message}</p>
      </div>
      <p>Nothing was changed: your plans and progress are exactly as they were.</p>
      <Link className="button button--primary" to={paths.home()}>
        Back to Home
      </Link>
    </div>
  );
}

const SHOWN_NAMES = 8;
// The codec's own data-version sentence: the page says it in its own row instead.
const DATA_WARNING = /^This plan was made with the data of /;

type Outcome = { kind: 'merged'; added: number } | null;

function Preview({ payload, warnings }: { payload: SharePayload; warnings: string[] }) {
  const index = usePackIndex();
  const navigate = useNavigate();
  const mine = useHelixStore((s) => s.progress);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const preview = useMemo(() => previewOf(index, payload), [index, payload]);
  const hasProgress = payload.progress !== undefined && payload.progress.length > 0;
  const newForMe = useMemo(() => newDoneCount(payload, mine), [payload, mine]);
  const minutes = preview.entries.reduce((sum, entry) => sum + entry.minutes, 0);
  const more = preview.includeNames.length - SHOWN_NAMES;
  const ours = index.pack.dataVersion;

  const openAsNew = () => {
    const now = Date.now();
    const plan = planFromShare(payload, newPlanId(), ours, now);
    const store = useHelixStore.getState();
    store.upsertPlan(plan);
    store.setActivePlan(plan.id);
    if (hasProgress) useHelixStore.setState((s) => ({ progress: unionDone(s.progress, progressMapOf(payload, now)) }));
    void navigate(paths.plan());
  };

  const mergeProgress = () => {
    const added = newForMe;
    useHelixStore.setState((s) => ({ progress: unionDone(s.progress, progressMapOf(payload, Date.now())) }));
    setOutcome({ kind: 'merged', added });
  };

  return (
    <div className="page share-preview">
      <p className="share-preview__eyebrow">Someone shared a plan with you</p>
      <h1>{payload.name}</h1>
      <dl className="share-preview__facts">
        <dt>Includes</dt>
        <dd>
          {preview.includeNames.slice(0, SHOWN_NAMES).join(', ')}
          {more > 0 && `, and ${plural(more, 'more item')}`}
        </dd>
        <dt>Order</dt>
        <dd>
          {STRATEGY_TEXT[payload.spec.strategy].name} · {granularityText(payload.spec.readingGranularity)}
        </dd>
        <dt>Size</dt>
        <dd>
          {plural(preview.entries.length, 'item')} · ≈ {formatMinutes(minutes)}
        </dd>
        <dt>Progress</dt>
        <dd data-testid="share-progress">
          {payload.progress === undefined
            ? 'Not included: the plan only'
            : `${preview.doneEntries} of ${plural(preview.entries.length, 'item')} done by the sender (${plural(payload.progress.length, 'mark')}; ${newForMe} new for you)`}
        </dd>
        <dt>Data</dt>
        <dd>
          {preview.data === 'same'
            ? `Same data as yours (${formatPartialDate(ours)})`
            : `Made with data of ${formatPartialDate(payload.dataVersion)}, you have ${formatPartialDate(ours)}: ${
                preview.data === 'older'
                  ? 'your data is newer, so the plan may now hold items the sender did not see.'
                  : 'the link is newer than your data, so anything your data lacks is kept and shows up after an update.'
              }`}
        </dd>
      </dl>
      {warnings.filter((w) => !DATA_WARNING.test(w)).map((warning) => (
        <p key={warning} className="notice share-preview__warning">
          {warning}
        </p>
      ))}
      {outcome ? (
        <div className="share-preview__done" role="status">
          <p>
            {outcome.added === 0
              ? 'You already had all of this progress; nothing changed.'
              : `Added ${plural(outcome.added, 'done mark')} to your progress. Nothing of yours was removed.`}
          </p>
          <Link className="button button--primary" to={paths.plan()}>
            Go to my plan
          </Link>
        </div>
      ) : (
        <>
          <p>Nothing is saved until you choose. Your own plans and progress are never removed.</p>
          <div className="share-preview__actions">
            <button type="button" className="button button--primary" onClick={openAsNew}>
              Open as a new plan
            </button>
            <button type="button" className="button" onClick={mergeProgress} disabled={!hasProgress} aria-describedby={hasProgress ? undefined : 'no-progress-hint'}>
              Merge progress into mine
            </button>
            <Link className="button" to={paths.home()}>
              Cancel
            </Link>
          </div>
          {!hasProgress && (
            <p id="no-progress-hint" className="muted">
              This link carries no progress, so there is nothing to merge.
            </p>
          )}
        </>
      )}
    </div>
  );
}
