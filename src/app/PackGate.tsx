import { startTransition, useEffect, useState, type ReactNode } from 'react';
import { PACK_ID } from '../data/default-pack';
import { download, packUrl, usePackFile } from '../data/pack-query';
import { packParsing, useFranchiseStore } from '../data/franchise-store';
import { StatusScreen } from '../ui/StatusScreen';

export { PACK_ID };

// Both start as the app does, not when the gate first renders: the pack's core file and its validator's chunk.
download(packUrl(PACK_ID), 'The data pack');
void packParsing();

/** Renders its children only once the data pack is downloaded and valid; otherwise a clear screen with a retry. */
export function PackGate({ children }: { children: ReactNode }) {
  const { state: file, retry } = usePackFile(packUrl(PACK_ID), 'The data pack');
  const data = file.status === 'ready' ? file.data : undefined;
  const state = useFranchiseStore((s) => s.state);
  const load = useFranchiseStore((s) => s.load);

  useEffect(() => {
    if (data !== undefined) void load(data);
  }, [data, load]);

  // The first screen mounts in a transition: React renders it in small slices instead of one long task,
  // so the page stays responsive while it appears (store updates alone would render synchronously).
  const ready = state.status === 'ready' && state.source === data;
  const [shown, setShown] = useState<unknown>(null);
  useEffect(() => {
    if (ready) startTransition(() => setShown(state.source));
  }, [ready, state.source]);

  if (file.status === 'error') {
    return (
      <StatusScreen title="Couldn’t load the franchise data" tone="error" onRetry={retry} retrying={file.retrying}>
        <p>{file.error.message}</p>
        <p>Your saved progress is safe: it is stored in this browser and nothing was changed.</p>
      </StatusScreen>
    );
  }
  if (state.status === 'invalid' && state.source === data) {
    return (
      <StatusScreen title="The franchise data is damaged" tone="error" onRetry={retry}>
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
    return <StatusScreen title="Loading the Connelly universe…" tone="loading" />;
  }
  return children;
}
