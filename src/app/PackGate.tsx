import { startTransition, useEffect, useState, type ReactNode } from 'react';
import { PACK_ID } from '../data/default-pack';
import { download, packUrl, usePackFile } from '../data/pack-download';
import { useFranchiseStore } from '../data/franchise-store';
import { StatusScreen } from '../ui/StatusScreen';

export { PACK_ID };

// The pack's core file is downloaded as the app starts (index.html preloads it); its validator's chunk is fetched
// when the file is in (the route preloader fetches it ahead for the screens that wait for the pack).
download(packUrl(PACK_ID), 'The data pack');

/** The default pack's download and its state in the franchise store. */
function usePack() {
  const { state: file, retry } = usePackFile(packUrl(PACK_ID), 'The data pack');
  const data = file.status === 'ready' ? file.data : undefined;
  const state = useFranchiseStore((s) => s.state);
  return { file, retry, data, state, ready: state.status === 'ready' && state.source === data };
}

/** Validates the pack into the franchise store once it is downloaded: mounted once, by the shell, on every screen. */
export function PackLoader() {
  const { data } = usePack();
  const load = useFranchiseStore((s) => s.load);
  useEffect(() => {
    if (data !== undefined) void load(data);
  }, [data, load]);
  return null;
}

/** `children` once the pack is ready, `fallback` until then (Home's parts that need the pack). */
export function WhenPack({ children, fallback }: { children: ReactNode; fallback: ReactNode }) {
  return useFranchiseStore((s) => s.state.status === 'ready') ? children : fallback;
}

/** The screen that says the pack could not be loaded or is damaged, with a retry; null while all is well. */
export function PackProblem() {
  const { file, retry, data, state } = usePack();
  if (state.status === 'ready') return null;
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
  return null;
}

/** Renders its children only once the data pack is downloaded and valid; otherwise a clear screen with a retry. */
export function PackGate({ children }: { children: ReactNode }) {
  const { file, data, state, ready } = usePack();

  // The first screen mounts in a transition: React renders it in small slices instead of one long task,
  // so the page stays responsive while it appears (store updates alone would render synchronously).
  const [shown, setShown] = useState<unknown>(null);
  useEffect(() => {
    if (ready) startTransition(() => setShown(state.source));
  }, [ready, state.source]);

  if (file.status === 'error' || (state.status === 'invalid' && state.source === data)) return <PackProblem />;
  if (!ready || shown !== state.source) {
    return <StatusScreen title="Loading the Connelly universe…" tone="loading" />;
  }
  return children;
}
