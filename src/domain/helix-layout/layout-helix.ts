import type { PackIndex } from '../pack/pack-index';
import { DEFAULT_WIDTH, VERTICAL_BELOW } from './constants';
import { layoutUniverse } from './universe-layout';
import type { HelixLayout, HelixOptions } from './types';
import { layoutVertical } from './vertical-layout';
import { layoutZoom } from './zoom-layout';

/**
 * The Helix picture as plain geometry: lanes, marks, labels and link curves, made for a frame `width` px wide
 * so that the default view shows all of it with text at its set size. Pure and deterministic, so it can be
 * tested without a browser and drawn by any renderer. An unknown zoom season falls back to the whole universe.
 */
export function layoutHelix(index: PackIndex, options: HelixOptions): HelixLayout {
  const width = Math.max(280, Math.round(options.width ?? DEFAULT_WIDTH));
  if (options.zoom) {
    const zoomed = layoutZoom(index, options.zoom.seasonId, width);
    if (zoomed) return zoomed;
  }
  const orientation = options.orientation ?? (width < VERTICAL_BELOW ? 'vertical' : 'horizontal');
  const planOrder = options.planOrder ?? [];
  return orientation === 'vertical' ? layoutVertical(index, options.mode, planOrder, width) : layoutUniverse(index, options.mode, planOrder, width);
}
