import type { PackIndex } from '../pack/pack-index';
import { layoutUniverse } from './universe-layout';
import type { HelixLayout, HelixOptions } from './types';
import { layoutZoom } from './zoom-layout';

/**
 * The Helix picture as plain geometry: lanes, marks and link curves. Pure and deterministic,
 * so it can be tested without a browser and drawn by any renderer. An unknown zoom season falls
 * back to the whole universe.
 */
export function layoutHelix(index: PackIndex, options: HelixOptions): HelixLayout {
  if (options.zoom) {
    const zoomed = layoutZoom(index, options.zoom.seasonId);
    if (zoomed) return zoomed;
  }
  return layoutUniverse(index, options.mode, options.planOrder ?? []);
}
