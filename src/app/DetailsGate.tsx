import { useEffect, type ComponentType, type ReactNode } from 'react';
import { useDownload } from '../data/pack-download';
import { detailsSource } from '../data/pack-source';
import { useFranchiseStore } from '../data/franchise-store';
import { ProblemList } from '../ui/ProblemList';
import { StatusScreen } from '../ui/StatusScreen';

/**
 * For the screens that show sources and notes (the catalogue, the Helix picture): renders them once the
 * pack's details file is in and the whole pack validated. Lives in their lazy chunks, never on first load.
 */
export function DetailsGate({ children }: { children: ReactNode }) {
  const state = useFranchiseStore((s) => s.state);
  const attachDetails = useFranchiseStore((s) => s.attachDetails);
  const details = state.status === 'ready' ? state.details : null;
  const wanted = state.status === 'ready' && details?.status !== 'ready';
  // A shipped pack's details file; a pack the user added came whole, its details already in.
  const { state: file, retry } = useDownload(wanted ? detailsSource(state.pack.id) : null);
  const data = file.status === 'ready' ? file.data : undefined;

  useEffect(() => {
    if (data !== undefined) void attachDetails(data);
  }, [data, attachDetails]);

  if (details?.status === 'ready') return children;
  if (file.status === 'error') {
    return (
      <StatusScreen title="Couldn’t load the sources" tone="error" onRetry={retry} retrying={file.retrying}>
        <p>{file.error.message}</p>
        <p>Your plan and progress are not affected: only the catalogue and the Helix picture need the sources.</p>
      </StatusScreen>
    );
  }
  if (details?.status === 'invalid' && details.source === data) {
    return (
      <StatusScreen title="The sources file is damaged" tone="error" onRetry={retry}>
        <p>It failed validation, so Helix did not use it. Your saved progress is safe.</p>
        <ProblemList problems={details.problems} limit={8} />
      </StatusScreen>
    );
  }
  return <StatusScreen title="Loading sources…" tone="loading" />;
}

/** A route component that waits for the pack's details. */
export function withDetails(Screen: ComponentType) {
  function Detailed() {
    return (
      <DetailsGate>
        <Screen />
      </DetailsGate>
    );
  }
  Detailed.displayName = `WithDetails(${Screen.displayName ?? Screen.name})`;
  return Detailed;
}
