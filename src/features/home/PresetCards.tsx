import { lazy, Suspense, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { paths } from '../../app/paths';
import { WhenPack } from '../../app/PackGate';
import { useFranchiseStore } from '../../data/franchise-store';
import type { Plan } from '../../domain/plan/plan';
import { existingPlan } from '../../domain/plan/plan-shape';
import { PRESETS, type Preset } from '../../domain/plan/presets';
import { useHelixStore } from '../../store/helix-store';
import { startPreset } from '../../store/plan-actions';
import { presetFacts } from './continue-card-loader';

// Both need the order engine. The size line is fetched by Home's loader when you have plans; on a first
// visit it loads after the first paint, "Counting…" keeping its place meanwhile.
const PresetDialog = lazy(() => import('./PresetDialog').then((m) => ({ default: m.PresetDialog })));

const COUNTING = <p className="preset__facts preset__facts--loading">Counting…</p>;

/**
 * The presets, each with its size and a preview of its first items. Start commits at once (with an undo)
 * unless you already have that plan: then the preview opens and offers to continue it or start another
 * under a new name, so two plans never share a name.
 */
export function PresetCards() {
  // The cards paint with Home's first screen; starting one needs the pack, which arrives a moment later.
  const franchise = useFranchiseStore((s) => s.state);
  const pack = franchise.status === 'ready' ? franchise.pack : null;
  const navigate = useNavigate();
  const plans = useHelixStore((s) => s.plans);
  const activePlanId = useHelixStore((s) => s.activePlanId);
  const [open, setOpen] = useState<Preset | null>(null);
  const existingFor = (preset: Preset) => (pack ? existingPlan(plans, preset.name, preset.spec(pack), activePlanId) : undefined);

  const start = (preset: Preset) => {
    if (!pack) return;
    startPreset(pack, preset);
    void navigate(paths.plan());
  };
  const continuePlan = (plan: Plan) => {
    useHelixStore.getState().setActivePlan(plan.id);
    void navigate(paths.plan());
  };

  return (
    <section aria-labelledby="presets-heading">
      <h2 id="presets-heading">Start a plan</h2>
      <ul className="cards presets">
        {PRESETS.map((preset) => (
          <li key={preset.id} className={`card preset preset--${preset.id}`}>
            <h3 className="card__title">{preset.name}</h3>
            <p className="card__meta">{preset.blurb}</p>
            <WhenPack fallback={COUNTING}>
              <presetFacts.Part preset={preset} fallback={COUNTING} />
            </WhenPack>
            <div className="preset__actions">
              <button
                type="button"
                className="button button--primary"
                onClick={() => (existingFor(preset) ? setOpen(preset) : start(preset))}
                disabled={!pack}
                aria-label={`Start “${preset.name}”`}
              >
                Start
              </button>
              <button type="button" className="button" onClick={() => setOpen(preset)} disabled={!pack} aria-label={`Preview “${preset.name}”`}>
                Preview
              </button>
            </div>
          </li>
        ))}
        <li className="card preset preset--custom">
          <h3 className="card__title">Build your own</h3>
          <p className="card__meta">Pick any seasons and novels, then choose the order and the reading steps.</p>
          <div className="preset__actions">
            <Link className="button" to={paths.planEditor()}>
              New plan
            </Link>
          </div>
        </li>
      </ul>
      {open && pack && (
        <Suspense fallback={null}>
          <PresetDialog
            key={open.id}
            preset={open}
            existing={existingFor(open)}
            onStart={() => start(open)}
            onContinue={continuePlan}
            onClose={() => setOpen(null)}
          />
        </Suspense>
      )}
    </section>
  );
}
