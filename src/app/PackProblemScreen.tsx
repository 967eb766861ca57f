import { Link } from 'react-router-dom';
import { UnknownPackError, type PackFetchError } from '../data/pack-download';
import { StatusScreen } from '../ui/StatusScreen';
import { ProblemList } from '../ui/ProblemList';

/** Why the pack the address names is not on screen: its download failed, it is not here, or it failed validation. */
export type PackProblemKind = { error: PackFetchError; retrying: boolean } | { problems: readonly string[] };

/** The screen for a pack problem, with a retry or a way on. */
export function PackProblemScreen({ problem, onRetry }: { problem: PackProblemKind; onRetry: () => void }) {
  if ('error' in problem && problem.error instanceof UnknownPackError) {
    return (
      <StatusScreen title="This universe isn’t here" tone="error">
        <p>{problem.error.message}</p>
        <p>Your saved plans and progress are safe: nothing was changed.</p>
        <p>
          <Link to="/">Open the default universe</Link> · <Link to="/packs">Add or choose a universe</Link>
        </p>
      </StatusScreen>
    );
  }
  if ('error' in problem) {
    return (
      <StatusScreen title="Couldn’t load the franchise data" tone="error" onRetry={onRetry} retrying={problem.retrying}>
        <p>{problem.error.message}</p>
        <p>Your saved progress is safe: it is stored in this browser and nothing was changed.</p>
      </StatusScreen>
    );
  }
  return (
    <StatusScreen title="The franchise data is damaged" tone="error" onRetry={onRetry}>
      <p>The data pack failed validation, so Helix did not use it. Your saved progress is safe.</p>
      <ProblemList problems={problem.problems} limit={8} />
    </StatusScreen>
  );
}
