import { lazy, Suspense } from 'react';
import { Link } from 'react-router-dom';
import { paths } from '../../app/paths';
import { PackGate, PackProblem, WhenPack } from '../../app/PackGate';
import { useRequestedPack } from '../../app/requested-pack';
import { plural } from '../../ui/format';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { useActivePlan, usePackPlans } from '../../store/plan-selectors';

// The Continue card and "Your plans" need the order engine: Home's route loader fetches them when there are
// plans, before Home renders; they load lazily if a plan appears while Home is open (another tab).
import { continueCard, planList } from './continue-card-loader';
import { PresetCards } from './PresetCards';
import { ComingNextSlot } from './ComingNextSlot';
import { useHomeSummary } from './home-summary';
import { useAfterFirstPaint } from '../../ui/useAfterFirstPaint';

const OtherUniverses = lazy(() => import('../../app/packs-ui').then((m) => ({ default: m.OtherUniverses })));

const CONTINUE_LOADING = <div className="continue continue--loading" aria-busy="true" />;

/** Continue the active plan, or start one from a preset. */
export function HomePage() {
  const packId = useRequestedPack();
  // Built in for a shipped pack: Home paints without waiting for the pack.
  const summary = useHomeSummary(packId);
  const hasPlan = useActivePlan() !== null;
  const hasPlans = usePackPlans().length > 0;
  useDocumentTitle('Home');
  const afterPaint = useAfterFirstPaint();
  if (summary === null) {
    // A pack added in this browser: Home's words come from the pack itself, read from IndexedDB (the gate
    // says it is loading, or why it cannot be opened).
    return <PackGate>{null}</PackGate>;
  }
  const counts = [
    `${plural(summary.shows, 'TV series', 'TV series')} (${plural(summary.episodes, 'episode')})`,
    ...(summary.films > 0 ? [plural(summary.films, 'film')] : []),
    plural(summary.novels, 'novel'),
    ...(summary.shortFiction > 0 ? [plural(summary.shortFiction, 'piece of short fiction', 'pieces of short fiction')] : []),
  ];
  return (
    <div className="page">
      <h1>{summary.tagline}</h1>
      <p className="lede">
        Helix braids {listText(counts)} into one plan{summary.intro === null ? '.' : `: ${summary.intro}`} Your progress stays in this
        browser.
      </p>
      <PackProblem />
      {hasPlan && (
        <WhenPack fallback={CONTINUE_LOADING}>
          <continueCard.Part fallback={CONTINUE_LOADING} />
        </WhenPack>
      )}
      <PresetCards presets={summary.presets} />
      {hasPlans && (
        <WhenPack fallback={null}>
          <planList.Part fallback={null} />
        </WhenPack>
      )}
      <WhenPack fallback={null}>
        <ComingNextSlot />
      </WhenPack>
      <p className="muted">
        Want to see what is in the universe first? <Link to={paths.catalog()}>Browse the catalog</Link>.
      </p>
      {afterPaint && (
        <Suspense fallback={null}>
          <OtherUniverses packId={packId} />
        </Suspense>
      )}
    </div>
  );
}

/** "a, b and c". */
function listText(parts: readonly string[]): string {
  return parts.length < 2 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
}
