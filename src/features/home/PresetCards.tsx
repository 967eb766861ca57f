import { lazy, Suspense, useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { paths } from '../../app/paths';
import { usePackIndex } from '../../data/franchise-store';
import type { Plan } from '../../domain/plan/plan';
import { existingPlan } from '../../domain/plan/plan-shape';
import { presetSpec, type Preset } from '../../domain/plan/presets';
import { useHelixStore } from '../../store/helix-store';
import { startPreset } from '../../store/plan-actions';
import { useActivePlan, usePackPlans } from '../../store/plan-selectors';
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
  const index = usePackIndex();
  const navigate = useNavigate();
  const plans = usePackPlans();
  const activePlanId = useActivePlan()?.id ?? null;
  const [open, setOpen] = useState<Preset | null>(null);
  // Each preset's spec, worked out once per pack and handed to the lazy parts (which then need no preset code).
  const specs = useMemo(() => new Map(index.manifest.presets.map((preset) => [preset.id, presetSpec(index.pack, preset)])), [index]);
  const specOf = (preset: Preset) => specs.get(preset.id) ?? presetSpec(index.pack, preset);
  const existingFor = (preset: Preset) => existingPlan(plans, preset.name, specOf(preset), activePlanId);

  const start = (preset: Preset) => {
    startPreset(index.pack, preset);
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
        {index.manifest.presets.map((preset) => (
          <li key={preset.id} className={`card preset${preset.featured === true ? ' preset--featured' : ''}`}>
            <h3 className="card__title">{preset.name}</h3>
            <p className="card__meta">{preset.blurb}</p>
            <presetFacts.Part spec={specOf(preset)} fallback={COUNTING} />
            <div className="preset__actions">
              <button
                type="button"
                className="button button--primary"
                onClick={() => (existingFor(preset) ? setOpen(preset) : start(preset))}
                aria-label={`Start “${preset.name}”`}
              >
                Start
              </button>
              <button type="button" className="button" onClick={() => setOpen(preset)} aria-label={`Preview “${preset.name}”`}>
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
      {open && (
        <Suspense fallback={null}>
          <PresetDialog
            key={open.id}
            preset={open}
            spec={specOf(open)}
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
