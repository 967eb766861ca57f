import { useQuery } from '@tanstack/react-query';
import { startTransition, useEffect, useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { packQuery, UnknownPackError } from '../data/pack-query';
import { useFranchiseStore } from '../data/franchise-store';
import { setActivePackId } from '../store/active-pack';
import { StatusScreen } from '../ui/StatusScreen';

/**
 * Renders its children only once the pack the address names is downloaded (or read from this browser) and
 * valid; otherwise a clear screen with a retry. The screens below see one pack at a time.
 */
export function PackGate({ packId, children }: { packId: string; children: ReactNode }) {
  const query = useQuery(packQuery(packId));
  const state = useFranchiseStore((s) => s.state);
  const load = useFranchiseStore((s) => s.load);

  useEffect(() => {
    if (query.data !== undefined) load(query.data);
  }, [query.data, load]);

  // The first screen mounts in a transition: React renders it in small slices instead of one long task,
  // so the page stays responsive while it appears (store updates alone would render synchronously).
  const ready = state.status === 'ready' && state.source === query.data && query.data !== undefined;
  const [shown, setShown] = useState<unknown>(null);
  useEffect(() => {
    if (ready) startTransition(() => setShown(state.source));
  }, [ready, state.source]);

  const retry = () => void query.refetch();

  if (query.isError && query.error instanceof UnknownPackError) {
    return (
      <StatusScreen title="This universe isn’t here" tone="error">
        <p>{query.error.message}</p>
        <p>Your saved plans and progress are safe: nothing was changed.</p>
        <p>
          <Link to="/">Open the default universe</Link> · <Link to="/packs">Add or choose a universe</Link>
        </p>
      </StatusScreen>
    );
  }
  if (query.isError && query.data === undefined) {
    return (
      <StatusScreen title="Couldn’t load the franchise data" tone="error" onRetry={retry} retrying={query.isFetching}>
        <p>{query.error.message}</p>
        <p>Your saved progress is safe: it is stored in this browser and nothing was changed.</p>
      </StatusScreen>
    );
  }
  if (state.status === 'invalid' && state.source === query.data) {
    return (
      <StatusScreen title="The franchise data is damaged" tone="error" onRetry={retry} retrying={query.isFetching}>
        <p>The data pack failed validation, so Helix did not use it. Your saved progress is safe.</p>
        <ul className="problems" aria-label="Problems found">
          {state.problems.slice(0, 8).map((problem) => (
            <li key={problem}>
              <code>{problem}</code>
            </li>
          ))}
        </ul>
        {state.problems.length > 8 && <p>…and {state.problems.length - 8} more.</p>}
      </StatusScreen>
    );
  }
  if (!ready || shown !== state.source) {
    return <StatusScreen title="Loading the universe…" tone="loading" />;
  }
  // Before the pack's screens render: plans and progress are read and written for this pack (pack-progress.ts).
  setActivePackId(state.pack.id);
  return children;
}
