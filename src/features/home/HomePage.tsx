import { Link, useNavigate } from 'react-router-dom';
import { paths } from '../../app/paths';
import { usePackIndex } from '../../data/franchise-store';
import { PRESETS } from '../../domain/plan/presets';
import { startPreset } from '../../store/plan-actions';
import { plural } from '../../ui/format';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { lazy, Suspense } from 'react';
import { useActivePlan } from '../../store/plan-selectors';

import { loadedContinueCard } from './continue-card-loader';

// The order engine behind "continue" loads only when there is a plan to continue: normally by the route
// loader before Home renders; lazily if a plan appears while Home is open (another tab).
const LazyContinueCard = lazy(() => import('./ContinueCard').then((m) => ({ default: m.ContinueCard })));
import { PlanList } from './PlanList';

function Continue() {
  const Loaded = loadedContinueCard();
  // The loaded component is a module-level value, the same on every render, not one created here.
  // eslint-disable-next-line react-hooks/static-components
  if (Loaded) return <Loaded />;
  return (
    <Suspense fallback={<div className="continue continue--loading" aria-busy="true" />}>
      <LazyContinueCard />
    </Suspense>
  );
}

/** Continue the active plan, or start one from a preset. */
export function HomePage() {
  const index = usePackIndex();
  const navigate = useNavigate();
  const hasPlan = useActivePlan() !== null;
  useDocumentTitle('Home');
  return (
    <div className="page">
      <h1>Watch and read the Connelly universe in the right order</h1>
      <p className="lede">
        Helix braids {plural(index.pack.shows.length, 'TV series', 'TV series')} ({plural(index.episodes.size, 'episode')}) and{' '}
        {plural(index.pack.novels.length, 'novel')} into one plan: <em>Bosch</em>, <em>Bosch: Legacy</em>, <em>Ballard</em>, <em>The Lincoln Lawyer</em> and
        the books they come from. Your progress stays in this browser.
      </p>
      {hasPlan && <Continue />}
      <section aria-labelledby="presets-heading">
        <h2 id="presets-heading">Start a plan</h2>
        <ul className="cards presets">
          {PRESETS.map((preset) => (
            <li key={preset.id} className={`card preset preset--${preset.id}`}>
              <h3 className="card__title">{preset.name}</h3>
              <p className="card__meta">{preset.blurb}</p>
              <button
                type="button"
                className="button button--primary"
                onClick={() => {
                  startPreset(index.pack, preset);
                  navigate(paths.plan());
                }}
                aria-label={`Start “${preset.name}”`}
              >
                Start
              </button>
            </li>
          ))}
          <li className="card preset preset--custom">
            <h3 className="card__title">Build your own</h3>
            <p className="card__meta">Pick any seasons and novels, then choose the order and the reading steps.</p>
            <Link className="button" to={paths.planEditor()}>
              New plan
            </Link>
          </li>
        </ul>
      </section>
      <PlanList />
      <p className="muted">
        Want to see what is in the universe first? <Link to={paths.catalog()}>Browse the catalog</Link>.
      </p>
    </div>
  );
}
