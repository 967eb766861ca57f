import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import type { OrderSpec } from '../../domain/order/types';
import { useHelixStore } from '../../store/helix-store';
import { savedStateRead } from '../../store/persistence';

/**
 * A component from a lazy chunk (these bring the order engine) that Home's loader can fetch ahead: once
 * fetched it renders at once; otherwise it suspends, `fallback` keeping its place.
 */
function preloadable<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | null = null;
  const fetch = () => load().then((component) => (loaded = component));
  const Lazy = lazy(() => (loaded ? Promise.resolve(loaded) : fetch()).then((component) => ({ default: component })));
  function Part({ fallback, ...props }: P & { fallback: ReactNode }) {
    if (loaded) return <Loaded component={loaded} props={props as unknown as P} />;
    return <Suspense fallback={fallback}><Lazy {...(props as unknown as P)} /></Suspense>;
  }
  return { Part, preload: () => (loaded ? null : fetch()), isLoaded: () => loaded !== null };
}

/** Renders a component passed as a value (a module-level one, not created during render). */
function Loaded<P extends object>({ component: Component, props }: { component: ComponentType<P>; props: P }) {
  return <Component {...props} />;
}

export const continueCard = preloadable(() => import('./ContinueCard').then((m) => m.ContinueCard));
export const planList = preloadable(() => import('./PlanList').then((m) => m.PlanList));
export const presetFacts = preloadable<{ spec: OrderSpec }>(() => import('./PresetFacts').then((m) => m.PresetFacts));

/**
 * Home's route loader: when there are plans, fetch the parts that need the order engine (the Continue
 * card, "Your plans" with each plan's progress, the presets' sizes) before Home first renders, so nothing
 * pops in and pushes the page around (layout shift). A first-time visitor fetches nothing here.
 */
export async function homeLoader(): Promise<null> {
  await savedStateRead(); // loaders run side by side: the root's waits for it too, but this one reads plans
  const { plans, activePlanId } = useHelixStore.getState();
  if (plans.length === 0) return null;
  await Promise.all([activePlanId !== null ? continueCard.preload() : null, planList.preload(), presetFacts.preload()]);
  return null;
}
