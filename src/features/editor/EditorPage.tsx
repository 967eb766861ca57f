import { useState, type FormEvent } from 'react';
import { Link, Navigate, useNavigate, useParams } from 'react-router-dom';
import { inPack, paths } from '../../app/paths';
import { packParam } from '../../data/pack-registry';
import { usePackIndex } from '../../data/franchise-store';
import { STRATEGIES, type ReadingGranularity, type Strategy } from '../../domain/order/types';
import { DEFAULT_PACE, type Plan } from '../../domain/plan/plan';
import { PLAN_NAME_MAX } from '../../domain/plan/plan-schema';
import { includeFromSelection, selectionFromInclude, type Selection } from '../../domain/plan/selection';
import { useHelixStore } from '../../store/helix-store';
import { newPlanId, todayDate } from '../../store/plan-actions';
import { usePlan } from '../../store/progress-selectors';
import { STRATEGY_TEXT } from '../../ui/strategy-text';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { NotFound } from '../../ui/NotFound';
import { SelectionTree } from './SelectionTree';
import { GranularityField } from './GranularityField';
import { SeriesOrderField } from './SeriesOrderField';

/** Create or edit a plan: what to include, in which order, in what reading steps. */
export function EditorPage() {
  const { planId } = useParams();
  const existing = usePlan(planId);
  const packId = usePackIndex().pack.id;
  if (planId && !existing) return <NotFound what="This plan does not exist (it may have been deleted)." />;
  // A plan of another universe is edited in its own universe.
  if (existing && existing.packId !== packId) return <Navigate replace to={inPack(`/plan/edit/${encodeURIComponent(existing.id)}`, packParam(existing.packId))} />;
  return <Editor key={planId ?? 'new'} plan={existing} />;
}

function Editor({ plan }: { plan: Plan | null }) {
  const index = usePackIndex();
  const navigate = useNavigate();
  const upsertPlan = useHelixStore((s) => s.upsertPlan);
  const setActivePlan = useHelixStore((s) => s.setActivePlan);
  const [name, setName] = useState(plan?.name ?? 'My plan');
  const [strategy, setStrategy] = useState<Strategy>(plan?.spec.strategy ?? 'release');
  const [granularity, setGranularity] = useState<ReadingGranularity>(plan?.spec.readingGranularity ?? 'book');
  const [seriesOrder, setSeriesOrder] = useState<readonly string[]>(plan?.spec.seriesOrder ?? []);
  const [selection, setSelection] = useState<Selection>(() => selectionFromInclude(index, plan?.spec.include ?? []));
  const [error, setError] = useState<string | null>(null);
  useDocumentTitle(plan ? `Edit ${plan.name}` : 'New plan');

  const include = includeFromSelection(index, selection);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return setError('Give the plan a name.');
    if (include.length === 0) return setError('Choose at least one season or novel.');
    const now = Date.now();
    const saved: Plan = {
      id: plan?.id ?? newPlanId(),
      name: trimmed,
      packId: index.pack.id,
      dataVersion: index.pack.dataVersion,
      spec: { ...plan?.spec, include, strategy, readingGranularity: granularity, seriesOrder: strategy === 'series' ? seriesOrder : plan?.spec.seriesOrder },
      pace: plan?.pace ?? DEFAULT_PACE,
      startDate: plan?.startDate ?? todayDate(),
      createdAt: plan?.createdAt ?? now,
      updatedAt: now,
    };
    upsertPlan(saved);
    setActivePlan(saved.id);
    navigate(paths.plan());
  };

  return (
    <form className="page editor" onSubmit={submit} noValidate>
      <h1>{plan ? `Edit “${plan.name}”` : 'New plan'}</h1>
      <label className="field">
        <span>Name</span>
        <input value={name} maxLength={PLAN_NAME_MAX} onChange={(e) => setName(e.target.value)} required />
      </label>
      <fieldset className="strategies">
        <legend>Order</legend>
        {STRATEGIES.map((id) => (
          <label key={id} className={`strategy${strategy === id ? ' strategy--on' : ''}`}>
            <input type="radio" name="strategy" value={id} checked={strategy === id} onChange={() => setStrategy(id)} />
            <span>
              <strong>{STRATEGY_TEXT[id].name}</strong>
              <span className="muted"> — {STRATEGY_TEXT[id].explain}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {strategy === 'series' && <SeriesOrderField include={include} order={seriesOrder} onChange={setSeriesOrder} />}
      <GranularityField value={granularity} onChange={setGranularity} />
      <h2>What to include</h2>
      <SelectionTree selection={selection} onChange={setSelection} />
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="editor__actions">
        <button type="submit" className="button button--primary">
          Save plan
        </button>
        <Link className="button" to={plan ? paths.plan() : paths.home()}>
          Cancel
        </Link>
      </div>
    </form>
  );
}
