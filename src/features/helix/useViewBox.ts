import { useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type PointerEvent, type RefObject } from 'react';

export interface View {
  x: number;
  y: number;
  /** Screen pixels per SVG unit. */
  scale: number;
}

interface Size {
  width: number;
  height: number;
}

const MAX_SCALE = 6;

/**
 * A zoomed season opens fitted; the whole universe opens on its most recent years at a readable
 * size (fitting it all would make the text unreadably small), from where it can be zoomed out.
 */
export function initialView(content: Size & { fitWhole: boolean }, frame: Size): View {
  const fit = Math.min(frame.width / content.width, frame.height / content.height);
  if (content.fitWhole) return { scale: fit, x: 0, y: 0 };
  const scale = Math.min(1.2, Math.max(0.72, frame.height / content.height, fit));
  return { scale, x: Math.max(0, content.width - frame.width / scale), y: 0 };
}

/** Pixels a key press or button pans by. */
const PAN_STEP = 80;

/**
 * View-box zoom and pan for an SVG filling `frame`: wheel and +/- zoom about a point, drag or
 * arrow keys pan, two-finger pinch zooms. Changes are applied at once (no animation), which also
 * suits prefers-reduced-motion.
 */
export function useViewBox(frame: RefObject<HTMLElement | null>, content: Size & { fitWhole: boolean }) {
  const [size, setSize] = useState<Size>({ width: 800, height: 480 });
  const [view, setView] = useState<View>(() => initialView(content, { width: 800, height: 480 }));
  const minScale = Math.min(size.width / content.width, size.height / content.height) * 0.8;

  useLayoutEffect(() => {
    const element = frame.current;
    if (!element) return;
    const measure = () => {
      const next = { width: element.clientWidth || 800, height: element.clientHeight || 480 };
      setSize((old) => (old.width === next.width && old.height === next.height ? old : next));
    };
    measure();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(element);
    return () => observer?.disconnect();
  }, [frame]);

  const { width: contentWidth, height: contentHeight, fitWhole } = content;
  const reset = useCallback(() => setView(initialView({ width: contentWidth, height: contentHeight, fitWhole }, size)), [contentWidth, contentHeight, fitWhole, size]);
  // A new layout (mode or zoom change) or a new frame size starts from the initial view
  // (state adjusted during render, React's pattern for resetting state when inputs change).
  const key = `${contentWidth}|${contentHeight}|${fitWhole}|${size.width}|${size.height}`;
  const [viewKey, setViewKey] = useState(key);
  if (viewKey !== key) {
    setViewKey(key);
    setView(initialView({ width: contentWidth, height: contentHeight, fitWhole }, size));
  }

  const clamp = useCallback(
    (v: View): View => {
      const w = size.width / v.scale;
      const h = size.height / v.scale;
      return {
        scale: v.scale,
        x: Math.min(Math.max(v.x, -w / 2), content.width - w / 2),
        y: Math.min(Math.max(v.y, -h / 2), Math.max(0, content.height - h / 2)),
      };
    },
    [size, content.width, content.height],
  );

  /** Zooms by `factor` keeping the screen point (px, py) still; the frame's centre by default. */
  const zoomBy = useCallback(
    (factor: number, px = size.width / 2, py = size.height / 2) =>
      setView((v) => {
        const scale = Math.min(MAX_SCALE, Math.max(minScale, v.scale * factor));
        return clamp({ scale, x: v.x + px / v.scale - px / scale, y: v.y + py / v.scale - py / scale });
      }),
    [size, minScale, clamp],
  );
  const panBy = useCallback((dxPx: number, dyPx: number) => setView((v) => clamp({ ...v, x: v.x + dxPx / v.scale, y: v.y + dyPx / v.scale })), [clamp]);
  /** Brings a box into view (used when keyboard focus lands on a mark outside it). */
  const reveal = useCallback(
    (box: { x: number; y: number; width: number; height: number }) =>
      setView((v) => {
        const w = size.width / v.scale;
        const h = size.height / v.scale;
        const inside = box.x >= v.x && box.x + box.width <= v.x + w && box.y >= v.y && box.y + box.height <= v.y + h;
        if (inside) return v;
        return clamp({ ...v, x: box.x + box.width / 2 - w / 2, y: box.y + box.height / 2 - h / 2 });
      }),
    [size, clamp],
  );

  // Wheel zoom needs a non-passive listener to keep the page from scrolling.
  useEffect(() => {
    const element = frame.current;
    if (!element) return;
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const rect = element.getBoundingClientRect();
      zoomBy(Math.exp(-event.deltaY * 0.0015), event.clientX - rect.left, event.clientY - rect.top);
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, [frame, zoomBy]);

  // Drag to pan, pinch to zoom. `dragged` lets a click that ended a drag be ignored.
  const pointers = useRef(new Map<number, { x: number; y: number }>());
  const dragged = useRef(false);
  const pinch = useRef<number | null>(null);
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
          zoomBy(distance / pinch.current, (a.x + b.x) / 2 - rect.left, (a.y + b.y) / 2 - rect.top);
        }
        pinch.current = distance;
        dragged.current = true;
        return;
      }
      const dx = now.x - last.x;
      const dy = now.y - last.y;
      if (!dragged.current && Math.abs(dx) + Math.abs(dy) < 3) {
        pointers.current.set(event.pointerId, last);
        return;
      }
      if (!dragged.current) (event.currentTarget as HTMLElement).setPointerCapture?.(event.pointerId);
      dragged.current = true;
      panBy(-dx, -dy);
    },
    onPointerUp: (event: PointerEvent) => {
      pointers.current.delete(event.pointerId);
      pinch.current = null;
    },
    onPointerCancel: (event: PointerEvent) => {
      pointers.current.delete(event.pointerId);
      pinch.current = null;
    },
    onKeyDown: (event: KeyboardEvent) => {
      const keys: Record<string, () => void> = {
        ArrowLeft: () => panBy(-PAN_STEP, 0),
        ArrowRight: () => panBy(PAN_STEP, 0),
        ArrowUp: () => panBy(0, -PAN_STEP),
        ArrowDown: () => panBy(0, PAN_STEP),
        '+': () => zoomBy(1.25),
        '=': () => zoomBy(1.25),
        '-': () => zoomBy(0.8),
        '0': reset,
      };
      const action = keys[event.key];
      if (action && !event.altKey && !event.ctrlKey && !event.metaKey) {
        event.preventDefault();
        action();
      }
    },
  };

  // Stable, so memoised marks that receive handlers built on it do not re-render on every pan.
  const wasDrag = useCallback(() => dragged.current, []);
  return { view, size, zoomBy, reset, reveal, handlers, wasDrag };
}
