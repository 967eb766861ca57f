import { lazy, Suspense, useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { paths } from '../../app/paths';
import { usePackReady } from '../../app/PackGate';
import { useFranchiseStore } from '../../data/franchise-store';
import type { PresetCardSummary } from '../../domain/pack/pack-summary';
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
export function PresetCards({ presets }: { presets: readonly PresetCardSummary[] }) {
  // The cards paint with Home's first screen (from the summary built in); starting one needs the pack, which
  // arrives a moment later: the pack the address names, not the one before it while switching universe.
  const ready = usePackReady();
  const index = useFranchiseStore((s) => (ready && s.state.status === 'ready' ? s.state.index : null));
  const pack = index?.pack ?? null;
  const navigate = useNavigate();
  const plans = usePackPlans();
  const activePlanId = useActivePlan()?.id ?? null;
  const [open, setOpen] = useState<Preset | null>(null);
  // Each preset's spec, worked out once per pack and handed to the lazy parts (which then need no preset code).
  const specs = useMemo(
    () => new Map(index ? index.manifest.presets.map((preset) => [preset.id, { preset, spec: presetSpec(index.pack, preset) }]) : []),
    [index],
  );
  const existingFor = (preset: Preset) => {
    const spec = specs.get(preset.id)?.spec;
    return spec ? existingPlan(plans, preset.name, spec, activePlanId) : undefined;
  };

  const start = (preset: Preset) => {
    if (!pack) return;
    startPreset(pack, preset);
    void navigate(paths.plan());
  };
  const continuePlan = (plan: Plan) => {
    useHelixStore.getState().setActivePlan(plan.id);
    void navigate(paths.plan());
  };
  const openSpec = open ? specs.get(open.id)?.spec : undefined;

  return (
    <section aria-labelledby="presets-heading">
      <h2 id="presets-heading">Start a plan</h2>
      <ul className="cards presets">
        {presets.map((card) => {
          const found = specs.get(card.id);
          return (
            <li key={card.id} className={`card preset${card.featured ? ' preset--featured' : ''}`}>
              <h3 className="card__title">{card.name}</h3>
              <p className="card__meta">{card.blurb}</p>
              {found ? <presetFacts.Part spec={found.spec} fallback={COUNTING} /> : COUNTING}
              <div className="preset__actions">
                <button
                  type="button"
                  className="button button--primary"
                  onClick={() => found && (existingFor(found.preset) ? setOpen(found.preset) : start(found.preset))}
                  disabled={!found}
                  aria-label={`Start “${card.name}”`}
                >
                  Start
                </button>
                <button type="button" className="button" onClick={() => found && setOpen(found.preset)} disabled={!found} aria-label={`Preview “${card.name}”`}>
                  Preview
                </button>
              </div>
            </li>
          );
        })}
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
      {open && openSpec && (
        <Suspense fallback={null}>
          <PresetDialog
            key={open.id}
            preset={open}
            spec={openSpec}
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
