import { Link } from 'react-router-dom';
import { paths } from '../../app/paths';
import { PACK_SUMMARIES } from 'virtual:pack-summaries';
import { PackProblem, WhenPack } from '../../app/PackGate';
import { PACK_ID } from '../../data/default-pack';
import { plural } from '../../ui/format';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { useActivePlan } from '../../store/plan-selectors';

// The Continue card and "Your plans" need the order engine: Home's route loader fetches them when there are
// plans, before Home renders; they load lazily if a plan appears while Home is open (another tab).
import { continueCard, planList } from './continue-card-loader';
import { PresetCards } from './PresetCards';
import { ComingNextSlot } from './ComingNextSlot';
import { useHelixStore } from '../../store/helix-store';

/** The counts Home's first screen gives, built from the validated pack: Home paints without waiting for it. */
const SUMMARY = PACK_SUMMARIES[PACK_ID];

const CONTINUE_LOADING = <div className="continue continue--loading" aria-busy="true" />;

/** Continue the active plan, or start one from a preset. */
export function HomePage() {
  const hasPlan = useActivePlan() !== null;
  const hasPlans = useHelixStore((s) => s.plans.length > 0);
  useDocumentTitle('Home');
  return (
    <div className="page">
      <h1>Watch and read the Connelly universe in the right order</h1>
      <p className="lede">
        Helix braids{' '}
        {SUMMARY ? (
          <>
            {plural(SUMMARY.shows, 'TV series', 'TV series')} ({plural(SUMMARY.episodes, 'episode')}) and {plural(SUMMARY.novels, 'novel')}
          </>
        ) : (
          'the TV series and the novels'
        )}{' '}
        into one plan: <em>Bosch</em>, <em>Bosch: Legacy</em>, <em>Ballard</em>, <em>The Lincoln Lawyer</em> and the books they come from. Your
        progress stays in this browser.
      </p>
      <PackProblem />
      {hasPlan && (
        <WhenPack fallback={CONTINUE_LOADING}>
          <continueCard.Part fallback={CONTINUE_LOADING} />
        </WhenPack>
      )}
      <PresetCards />
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
    </div>
  );
}
