import type { ComponentType } from 'react';
import { useHelixStore } from '../../store/helix-store';

let loaded: ComponentType | null = null;

/** The Continue card, once its chunk (it brings the order engine) has been fetched. */
export function loadedContinueCard(): ComponentType | null {
  return loaded;
}

/**
 * Home's route loader: when there is a plan to continue, fetch its card before Home first renders,
 * so the card never pops in above the presets and pushes them down (layout shift).
 */
export async function homeLoader(): Promise<null> {
  if (!loaded && useHelixStore.getState().activePlanId !== null) loaded = (await import('./ContinueCard')).ContinueCard;
  return null;
}
