import { useMemo, useState, type ReactNode } from 'react';
import { Link, Navigate, useNavigate, useParams } from 'react-router-dom';
import { inPack, paths } from '../../app/paths';
import { isPackId, packParam } from '../../data/pack-registry';
import { usePackIndex } from '../../data/franchise-store';
import { unionDone } from '../../domain/progress/union-done';
import { decodeShare } from '../../domain/share/share-codec';
import { shareContextFromPack } from '../../domain/share/share-context';
import type { SharePayload } from '../../domain/share/share-types';
import { useHelixStore } from '../../store/helix-store';
import { newPlanId } from '../../store/plan-actions';
import type { Plan } from '../../domain/plan/plan';
import { uniquePlanName } from '../../domain/plan/plan-names';
import { formatMinutes, formatPartialDate, plural } from '../../ui/format';
import { STRATEGY_TEXT, granularityText } from '../../ui/strategy-text';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { newDoneCount, planFromShare, previewOf, progressMapOf, shareSituation, type ShareSituation } from './share-preview-model';
import { storedProgressId, usePackProgress } from '../../store/pack-progress';
import { useActivePlan, usePackPlans } from '../../store/plan-selectors';
import './share-preview.css';

/** Opening a share link: decode, show what it holds, and change nothing until the user chooses. */
export function SharePreviewPage() {
  const { code = '' } = useParams();
  const index = usePackIndex();
  const result = useMemo(() => decodeShare(code, shareContextFromPack(index.pack)), [code, index]);
  useDocumentTitle(result.ok ? `Shared plan: ${result.payload.name}` : 'Link can’t be opened');
  // A link for another universe opens in it (links carry their pack; the address need not).
  if (!result.ok && result.packId !== undefined && isPackId(result.packId)) return <Navigate replace to={inPack(`/s/${code}`, packParam(result.packId))} />;
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

/** After a merge: how many marks were new, and the plan they went into (null: progress only). */
type Outcome = { added: number; into: Plan | null } | null;

function Preview({ payload, warnings }: { payload: SharePayload; warnings: string[] }) {
  const index = usePackIndex();
  const navigate = useNavigate();
  const mine = usePackProgress();
  const plans = usePackPlans();
  const activePlanId = useActivePlan()?.id ?? null;
  const [outcome, setOutcome] = useState<Outcome>(null);
  const preview = useMemo(() => previewOf(index, payload), [index, payload]);
  const hasProgress = payload.progress !== undefined && payload.progress.length > 0;
  const newForMe = useMemo(() => newDoneCount(payload, mine), [payload, mine]);
  const situation = useMemo(() => shareSituation(payload, plans, activePlanId), [payload, plans, activePlanId]);
  const newName = uniquePlanName(payload.name, plans.map((plan) => plan.name));
  const minutes = preview.entries.reduce((sum, entry) => sum + entry.minutes, 0);
  const more = preview.includeNames.length - SHOWN_NAMES;
  const ours = index.pack.dataVersion;

  const mergeMarks = () => {
    if (!hasProgress) return;
    // The link's ids are the pack's own; stored under the pack's prefix like every mark made in it.
    const theirs = progressMapOf({ ...payload, progress: payload.progress?.map((id) => storedProgressId(payload.packId, id)) }, Date.now());
    useHelixStore.setState((s) => ({ progress: unionDone(s.progress, theirs) }));
  };
  const openAsNew = () => {
    const now = Date.now();
    const store = useHelixStore.getState();
    const plan = planFromShare(payload, newPlanId(), ours, now, store.plans.map((p) => p.name));
    store.upsertPlan(plan);
    store.setActivePlan(plan.id);
    mergeMarks();
    void navigate(paths.plan());
  };
  const mergeInto = (plan: Plan | null) => {
    const added = newForMe;
    mergeMarks();
    if (plan) useHelixStore.getState().setActivePlan(plan.id);
    setOutcome({ added, into: plan });
  };
  const goTo = (plan: Plan) => {
    useHelixStore.getState().setActivePlan(plan.id);
    void navigate(paths.plan());
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
              : `Added ${plural(outcome.added, 'done mark')} to your progress${outcome.into ? ` in “${outcome.into.name}”` : ''}. Nothing of yours was removed.`}
            {!outcome.into && outcome.added > 0 ? ' They show in every plan of yours that holds the same items.' : ''}
          </p>
          <Link className="button button--primary" to={paths.plan()}>
            {outcome.into ? `Go to “${outcome.into.name}”` : 'Go to my plan'}
          </Link>
        </div>
      ) : (
        <Choices
          situation={situation}
          hasProgress={hasProgress}
          newForMe={newForMe}
          newName={newName}
          onOpenAsNew={openAsNew}
          onMerge={mergeInto}
          onGoTo={goTo}
        />
      )}
    </div>
  );
}

interface ChoicesProps {
  situation: ShareSituation;
  hasProgress: boolean;
  newForMe: number;
  /** The name a new plan from the link gets: the link's, or "… (2)" when one of yours has it. */
  newName: string;
  onOpenAsNew: () => void;
  onMerge: (plan: Plan | null) => void;
  onGoTo: (plan: Plan) => void;
}

/** The buttons, worded for where the link meets your plans: each says what it will do. */
function Choices({ situation, hasProgress, newForMe, newName, onOpenAsNew, onMerge, onGoTo }: ChoicesProps) {
  const marks = plural(newForMe, 'done mark');
  let explanation: string;
  let buttons: ReactNode;
  if (situation.kind === 'match') {
    const { plan } = situation;
    explanation = hasProgress
      ? `You already have this plan as “${plan.name}”: merging adds the sender’s ${marks} new to you to it.`
      : `You already have this plan as “${plan.name}”.`;
    buttons = (
      <>
        {hasProgress ? (
          <button type="button" className="button button--primary" onClick={() => onMerge(plan)}>
            Merge progress into “{plan.name}”
          </button>
        ) : (
          <button type="button" className="button button--primary" onClick={() => onGoTo(plan)}>
            Go to “{plan.name}”
          </button>
        )}
        <button type="button" className="button" onClick={onOpenAsNew}>
          Open as a new plan, “{newName}”
        </button>
      </>
    );
  } else if (hasProgress) {
    explanation = situation.hasPlans
      ? `None of your plans is this one. Opening it adds “${newName}” with the sender’s ${marks} new to you; merging only the progress marks those items done in the plans of yours that hold them.`
      : `You have no plan yet: opening this one makes it yours, with the sender’s ${marks}.`;
    buttons = (
      <>
        <button type="button" className="button button--primary" onClick={onOpenAsNew}>
          Open as a new plan and merge its progress
        </button>
        {situation.hasPlans && (
          <button type="button" className="button" onClick={() => onMerge(null)}>
            Merge only the progress
          </button>
        )}
      </>
    );
  } else {
    explanation = situation.hasPlans ? `Opening it adds “${newName}” beside your plans.` : 'You have no plan yet: opening this one makes it yours.';
    buttons = (
      <button type="button" className="button button--primary" onClick={onOpenAsNew}>
        Open as a new plan
      </button>
    );
  }
  return (
    <>
      <p>
        Nothing is saved until you choose; your own plans and progress are never removed. {explanation}
      </p>
      <div className="share-preview__actions">
        {buttons}
        <Link className="button" to={paths.home()}>
          Cancel
        </Link>
      </div>
    </>
  );
}
