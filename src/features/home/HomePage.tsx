import { Link, useNavigate } from 'react-router-dom';
import { paths } from '../../app/paths';
import { usePackIndex } from '../../data/franchise-store';
import { PRESETS } from '../../domain/plan/presets';
import { startPreset } from '../../store/plan-actions';
import { plural } from '../../ui/format';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { ContinueCard } from './ContinueCard';
import { PlanList } from './PlanList';

/** Continue the active plan, or start one from a preset. */
export function HomePage() {
  const index = usePackIndex();
  const navigate = useNavigate();
  useDocumentTitle('Home');
  return (
    <div className="page">
      <h1>Watch and read the Connelly universe in the right order</h1>
      <p className="lede">
        Helix braids {plural(index.pack.shows.length, 'TV series', 'TV series')} ({plural(index.episodes.size, 'episode')}) and{' '}
        {plural(index.pack.novels.length, 'novel')} into one plan: <em>Bosch</em>, <em>Bosch: Legacy</em>, <em>Ballard</em>, <em>The Lincoln Lawyer</em> and
        the books they come from. Your progress stays in this browser.
      </p>
      <ContinueCard />
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
