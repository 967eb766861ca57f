import { useCallback, useEffect, useRef, useState, type PointerEvent, type RefObject } from 'react';
import { clampCamera, fitCamera, panBy, revealBox, zoomAt, type Camera, type Size } from '../../domain/helix-layout/camera';

/**
 * The picture's camera (src/domain/helix-layout/camera.ts) wired to the frame: Ctrl/⌘ + wheel and the
 * buttons zoom, dragging or two fingers pan and pinch. A plain wheel scrolls the page. Changes apply at once
 * (no animation), which also suits prefers-reduced-motion. A new layout or frame size starts from the fit.
 */
export function useCamera(frame: RefObject<HTMLElement | null>, content: Size, frameSize: Size) {
  const viewport = { content, frame: frameSize };
  const key = `${content.width}|${content.height}|${frameSize.width}|${frameSize.height}`;
  const [state, setState] = useState(() => ({ key, camera: fitCamera(viewport) }));
  // A new layout or frame starts from the fitted view (state adjusted during render, React's pattern for resets).
  let camera = state.camera;
  if (state.key !== key) {
    camera = fitCamera(viewport);
    setState({ key, camera });
  }
  const viewportRef = useRef(viewport);
  useEffect(() => {
    viewportRef.current = { content, frame: frameSize };
  });
  const update = useCallback((change: (camera: Camera) => Camera) => setState((s) => ({ ...s, camera: change(s.camera) })), []);
  const zoomBy = useCallback((factor: number, at?: { x: number; y: number }) => update((c) => zoomAt(c, factor, viewportRef.current, at)), [update]);
  const pan = useCallback((dx: number, dy: number) => update((c) => panBy(c, dx, dy, viewportRef.current)), [update]);
  const reset = useCallback(() => update(() => fitCamera(viewportRef.current)), [update]);
  const reveal = useCallback(
    (box: { x: number; y: number; width: number; height: number }) => update((c) => revealBox(c, box, viewportRef.current)),
    [update],
  );

  // Ctrl/⌘ + wheel zooms (and a trackpad pinch, which browsers send as a ctrl wheel); a plain wheel scrolls the page.
  useEffect(() => {
    const element = frame.current;
    if (!element) return;
    const onWheel = (event: WheelEvent) => {
      if (!event.ctrlKey && !event.metaKey) return;
      event.preventDefault();
      const rect = element.getBoundingClientRect();
      zoomBy(Math.exp(-event.deltaY * 0.0025), { x: event.clientX - rect.left, y: event.clientY - rect.top });
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, [frame, zoomBy]);

  // Drag to pan (when zoomed in), pinch to zoom. `dragged` lets a click that ended a drag be ignored.
  const pointers = useRef(new Map<number, { x: number; y: number }>());
  const dragged = useRef(false);
  const pinch = useRef<number | null>(null);
  const zoomed = camera.scale > fitCamera(viewport).scale + 1e-6;
  const handlers = {
    onPointerDown: (event: PointerEvent) => {
      pointers.current.set(event.pointerId, { x: event.clientX, y: event.clientY });
      dragged.current = false;
      pinch.current = null;
    },
    onPointerMove: (event: PointerEvent) => {
      const last = pointers.current.get(event.pointerId);
      if (!last) return;
      const now = { x: event.clientX, y: event.clientY };
      pointers.current.set(event.pointerId, now);
      if (pointers.current.size === 2) {
        const [a, b] = [...pointers.current.values()] as [{ x: number; y: number }, { x: number; y: number }];
        const distance = Math.hypot(a.x - b.x, a.y - b.y);
        if (pinch.current) {
          const rect = (event.currentTarget as HTMLElement).getBoundingClientRect();
          zoomBy(distance / pinch.current, { x: (a.x + b.x) / 2 - rect.left, y: (a.y + b.y) / 2 - rect.top });
        }
        pinch.current = distance;
        dragged.current = true;
        return;
      }
      const dx = now.x - last.x;
      const dy = now.y - last.y;
      if (!dragged.current && Math.abs(dx) + Math.abs(dy) < 4) {
        pointers.current.set(event.pointerId, last);
        return;
      }
      if (!zoomed) return; // nothing to pan at the fitted view: let the page scroll
      if (!dragged.current) (event.currentTarget as HTMLElement).setPointerCapture?.(event.pointerId);
      dragged.current = true;
      pan(-dx, -dy);
    },
    onPointerUp: (event: PointerEvent) => {
      pointers.current.delete(event.pointerId);
      pinch.current = null;
    },
    onPointerCancel: (event: PointerEvent) => {
      pointers.current.delete(event.pointerId);
      pinch.current = null;
    },
  };

  // Stable, so memoised marks that receive handlers built on it do not re-render on every pan.
  const wasDrag = useCallback(() => dragged.current, []);
  return { camera: clampCamera(camera, viewport), zoomed, zoomBy, pan, reset, reveal, handlers, wasDrag };
}
