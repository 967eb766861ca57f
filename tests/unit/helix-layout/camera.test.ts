import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  clampCamera,
  fitCamera,
  MAX_ZOOM,
  panBy,
  revealBox,
  screenToWorld,
  viewBoxOf,
  worldToScreen,
  zoomAt,
  type Camera,
  type Viewport,
} from '../../../src/domain/helix-layout/camera';

const wide: Viewport = { content: { width: 1200, height: 700 }, frame: { width: 1200, height: 700 } };
const close = (a: number, b: number) => expect(a).toBeCloseTo(b, 6);

/** Everything the frame shows lies on the picture (where the picture is at least as big as the frame). */
function showsOnlyPicture(camera: Camera, viewport: Viewport) {
  const w = viewport.frame.width / camera.scale;
  const h = viewport.frame.height / camera.scale;
  expect(camera.x).toBeGreaterThanOrEqual(-1e-9);
  expect(camera.y).toBeGreaterThanOrEqual(-1e-9);
  if (w <= viewport.content.width) expect(camera.x + w).toBeLessThanOrEqual(viewport.content.width + 1e-6);
  if (h <= viewport.content.height) expect(camera.y + h).toBeLessThanOrEqual(viewport.content.height + 1e-6);
}

describe('Helix camera', () => {
  it('opens on the whole picture at scale 1 when the layout was made for the frame', () => {
    expect(fitCamera(wide)).toEqual({ x: 0, y: 0, scale: 1 });
    expect(viewBoxOf(fitCamera(wide), wide.frame)).toBe('0 0 1200 700');
  });

  it('fits a picture larger than its frame by scaling it down, never up', () => {
    expect(fitCamera({ content: { width: 2400, height: 700 }, frame: { width: 1200, height: 700 } }).scale).toBe(0.5);
    expect(fitCamera({ content: { width: 600, height: 300 }, frame: { width: 1200, height: 700 } }).scale).toBe(1);
  });

  it('keeps the point under the pointer still while zooming', () => {
    const at = { x: 300, y: 200 };
    const before = screenToWorld(fitCamera(wide), at);
    const zoomed = zoomAt(fitCamera(wide), 2, wide, at);
    const after = screenToWorld(zoomed, at);
    close(after.x, before.x);
    close(after.y, before.y);
    expect(zoomed.scale).toBe(2);
  });

  it('never zooms out past the fitted view (text never shrinks below its set size) nor in past the limit', () => {
    expect(zoomAt(fitCamera(wide), 0.5, wide).scale).toBe(1);
    let camera = fitCamera(wide);
    for (let i = 0; i < 40; i++) camera = zoomAt(camera, 1.5, wide);
    expect(camera.scale).toBe(MAX_ZOOM);
  });

  it('pans only while zoomed in, and never past the picture’s edges', () => {
    expect(panBy(fitCamera(wide), 200, 100, wide)).toEqual(fitCamera(wide));
    const zoomed = zoomAt(fitCamera(wide), 3, wide, { x: 0, y: 0 });
    const panned = panBy(zoomed, 300, 150, wide);
    close(panned.x, 100);
    close(panned.y, 50);
    const far = panBy(zoomed, 1e6, 1e6, wide);
    close(far.x, 1200 - 1200 / 3);
    close(far.y, 700 - 700 / 3);
  });

  it('brings a box into view with the least move, and leaves a visible one alone', () => {
    const zoomed = zoomAt(fitCamera(wide), 2, wide, { x: 0, y: 0 });
    expect(revealBox(zoomed, { x: 100, y: 100, width: 20, height: 20 }, wide)).toEqual(zoomed);
    const moved = revealBox(zoomed, { x: 1000, y: 600, width: 20, height: 20 }, wide);
    const corner = worldToScreen(moved, { x: 1020, y: 620 });
    expect(corner.x).toBeLessThanOrEqual(1200);
    expect(corner.y).toBeLessThanOrEqual(700);
    expect(worldToScreen(moved, { x: 1000, y: 600 }).x).toBeGreaterThan(0);
  });

  it('converts between screen and world points both ways', () => {
    fc.assert(
      fc.property(fc.double({ min: -500, max: 2000, noNaN: true }), fc.double({ min: -500, max: 2000, noNaN: true }), fc.double({ min: 0.5, max: 6, noNaN: true }), (x, y, scale) => {
        const camera = { x: 40, y: 12, scale };
        const back = screenToWorld(camera, worldToScreen(camera, { x, y }));
        close(back.x, x);
        close(back.y, y);
      }),
    );
  });

  it('keeps any sequence of zooms and pans showing only picture (property)', () => {
    const step = fc.oneof(
      fc.record({ kind: fc.constant('zoom' as const), factor: fc.double({ min: 0.2, max: 5, noNaN: true }), x: fc.double({ min: 0, max: 1200, noNaN: true }), y: fc.double({ min: 0, max: 700, noNaN: true }) }),
      fc.record({ kind: fc.constant('pan' as const), dx: fc.double({ min: -3000, max: 3000, noNaN: true }), dy: fc.double({ min: -3000, max: 3000, noNaN: true }) }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 20 }), fc.integer({ min: 320, max: 1600 }), fc.integer({ min: 200, max: 3000 }), (steps, width, height) => {
        const viewport: Viewport = { content: { width, height }, frame: { width, height } };
        let camera = fitCamera(viewport);
        for (const s of steps) camera = s.kind === 'zoom' ? zoomAt(camera, s.factor, viewport, { x: s.x % width, y: s.y % height }) : panBy(camera, s.dx, s.dy, viewport);
        expect(camera.scale).toBeGreaterThanOrEqual(1);
        expect(camera.scale).toBeLessThanOrEqual(MAX_ZOOM);
        showsOnlyPicture(camera, viewport);
        expect(clampCamera(camera, viewport)).toEqual(camera);
      }),
    );
  });
});
