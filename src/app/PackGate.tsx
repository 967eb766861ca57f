import { startTransition, useEffect, useState, type ReactNode } from 'react';
import { startPack, usePackSource } from '../data/pack-source';
import { useFranchiseStore } from '../data/franchise-store';
import { setActivePackId } from '../store/active-pack';
import { StatusScreen } from '../ui/StatusScreen';
import { PackProblemScreen } from './PackProblemScreen';
import { packIdAtStart, useRequestedPack } from './requested-pack';

// The pack's first file is downloaded as the app starts (index.html preloads the default pack's core); its
// validator's chunk is fetched when the file is in (the route preloader fetches it ahead for the screens that wait).
startPack(packIdAtStart());

/** The requested pack's download and its state in the franchise store. */
function usePack() {
  const packId = useRequestedPack();
  const { state: file, retry, whole } = usePackSource(packId);
  const data = file.status === 'ready' ? file.data : undefined;
  const state = useFranchiseStore((s) => s.state);
  return { packId, file, retry, whole, data, state, ready: state.status === 'ready' && state.source === data };
}

/** Validates the requested pack into the franchise store once it is in: mounted once, by the shell, on every screen. */
export function PackLoader() {
  const { data, whole } = usePack();
  const load = useFranchiseStore((s) => s.load);
  useEffect(() => {
    if (data !== undefined) void load(data, whole);
  }, [data, whole, load]);
  return null;
}

/** Whether the pack the address names is in and valid (not merely some pack: switching universe takes a moment). */
export function usePackReady(): boolean {
  const packId = useRequestedPack();
  return useFranchiseStore((s) => s.state.status === 'ready' && s.state.pack.id === packId);
}

/** `children` once the pack is ready, `fallback` until then (Home's parts that need the pack). */
export function WhenPack({ children, fallback }: { children: ReactNode; fallback: ReactNode }) {
  return usePackReady() ? children : fallback;
}

/** The screen that says the pack could not be loaded, is damaged or is not here, with a way on; null while all is well. */
export function PackProblem() {
  const { file, retry, data, state } = usePack();
  const ready = usePackReady();
  if (ready) return null;
  const problem = file.status === 'error' ? { error: file.error, retrying: file.retrying } : state.status === 'invalid' && state.source === data ? { problems: state.problems } : null;
  return problem === null ? null : <PackProblemScreen problem={problem} onRetry={retry} />;
}

/**
 * Renders its children only once the pack the address names is downloaded (or read from this browser) and
 * valid; otherwise a clear screen with a retry. The screens below see one pack at a time.
 */
export function PackGate({ children }: { children: ReactNode }) {
  const { file, data, state, ready } = usePack();

  // The first screen mounts in a transition: React renders it in small slices instead of one long task,
  // so the page stays responsive while it appears (store updates alone would render synchronously).
  const [shown, setShown] = useState<unknown>(null);
  useEffect(() => {
    if (ready) startTransition(() => setShown(state.source));
  }, [ready, state.source]);

  if (file.status === 'error' || (state.status === 'invalid' && state.source === data)) return <PackProblem />;
  if (!ready || state.status !== 'ready' || shown !== state.source) {
    return <StatusScreen title="Loading the universe…" tone="loading" />;
  }
  // Before the pack's screens render: plans and progress are read and written for this pack (pack-progress.ts).
  setActivePackId(state.pack.id);
  return children;
}
