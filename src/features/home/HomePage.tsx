import { lazy, Suspense } from 'react';
import { Link } from 'react-router-dom';
import { paths } from '../../app/paths';
import { usePackIndex } from '../../data/franchise-store';
import { plural } from '../../ui/format';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { useActivePlan, usePackPlans } from '../../store/plan-selectors';

// The Continue card and "Your plans" need the order engine: Home's route loader fetches them when there are
// plans, before Home renders; they load lazily if a plan appears while Home is open (another tab).
import { continueCard, planList } from './continue-card-loader';
import { PresetCards } from './PresetCards';
import { ComingNextSlot } from './ComingNextSlot';

const OtherUniverses = lazy(() => import('../../app/packs-ui').then((m) => ({ default: m.OtherUniverses })));

/** Continue the active plan, or start one from a preset. */
export function HomePage() {
  const index = usePackIndex();
  const manifest = index.manifest;
  const films = index.pack.films?.length ?? 0;
  const counts = [
    `${plural(index.pack.shows.length, 'TV series', 'TV series')} (${plural(index.episodes.size, 'episode')})`,
    ...(films > 0 ? [plural(films, 'film')] : []),
    plural(index.pack.novels.length, 'novel'),
  ];
  const hasPlan = useActivePlan() !== null;
  const hasPlans = usePackPlans().length > 0;
  useDocumentTitle('Home');
  return (
    <div className="page">
      <h1>{manifest.tagline}</h1>
      <p className="lede">
        Helix braids {listText(counts)} into one plan{manifest.intro === null ? '.' : `: ${manifest.intro}`} Your progress stays in this
        browser.
      </p>
      {hasPlan && <continueCard.Part fallback={<div className="continue continue--loading" aria-busy="true" />} />}
      <PresetCards />
      {hasPlans && <planList.Part fallback={null} />}
      <ComingNextSlot />
      <p className="muted">
        Want to see what is in the universe first? <Link to={paths.catalog()}>Browse the catalog</Link>.
      </p>
      <Suspense fallback={null}>
        <OtherUniverses packId={index.pack.id} />
      </Suspense>
    </div>
  );
}

/** "a, b and c". */
function listText(parts: readonly string[]): string {
  return parts.length < 2 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
}
