import { memo, useCallback, useEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent, type RefObject } from 'react';
import { viewBoxOf, worldToScreen } from '../../domain/helix-layout/camera';
import { markAccessibleName } from '../../domain/helix-layout/mark-links';
import { markThreadColor } from '../../domain/helix-layout/mark-thread-color';
import { findByName, neighbour, readingOrder, type Direction } from '../../domain/helix-layout/mark-navigation';
import type { HelixLayout, HelixMark, HelixText } from '../../domain/helix-layout/types';
import type { PackIndex } from '../../domain/pack/pack-index';
import { MarkCard, type MarkTargets } from './MarkCard';
import { useCamera } from './useCamera';

export const PICTURE_LABEL = 'Braided timeline of the shows and novels';
const CARD_ID = 'helix-card';
const CARD_WIDTH = 300;
const PAN_STEP = 80;
const ARROWS: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

interface Props {
  index: PackIndex;
  layout: HelixLayout;
  svgRef: RefObject<SVGSVGElement | null>;
  progressOf: (mark: HelixMark) => number | null;
  targetsOf: (mark: HelixMark) => MarkTargets;
}

/** SVG text, one <tspan> per line. */
function Lines({ text, className }: { text: HelixText; className: string }) {
  return (
    <text className={className} x={text.x} y={text.y} fontSize={text.size} fontWeight={text.bold ? 700 : undefined}>
      {text.lines.map((line, i) => (
        <tspan key={i} x={text.x} dy={i === 0 ? 0 : text.leading}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** Keeps a focused mark on screen in a page that scrolls (the picture can be taller than the window). */
function scrollIntoWindow(element: Element) {
  const rect = element.getBoundingClientRect();
  const top = 80;
  const bottom = window.innerHeight - 90;
  if (rect.top < top) window.scrollBy({ top: rect.top - top, behavior: 'instant' });
  else if (rect.bottom > bottom) window.scrollBy({ top: rect.bottom - bottom, behavior: 'instant' });
}

/**
 * The Helix picture: lanes, link curves and marks with their labels, made for the frame's width so the default
 * view shows everything at a readable size. One Tab stop: arrow keys move between marks, typing a name jumps to
 * it, Enter or a click opens the mark's card in place (with links to the plan and the catalog), Escape closes it.
 */
export function HelixPicture({ index, layout, svgRef, progressOf, targetsOf }: Props) {
  const frame = useRef<HTMLDivElement>(null);
  const frameSize = { width: layout.width, height: layout.height };
  const { camera, zoomed, zoomBy, pan, reset, reveal, handlers, wasDrag } = useCamera(frame, frameSize, frameSize);
  const [hovered, setHovered] = useState<HelixMark | null>(null);
  const [focused, setFocused] = useState<HelixMark | null>(null);
  const [pinned, setPinned] = useState<HelixMark | null>(null);
  // A new layout (another mode, season or width) closes the card and forgets the hover.
  const [shownLayout, setShownLayout] = useState(layout);
  if (shownLayout !== layout) {
    setShownLayout(layout);
    setPinned(null);
    setHovered(null);
  }
  const active = pinned ?? hovered ?? focused;
  const parents = useMemo(() => new Set(layout.marks.flatMap((m) => (m.parent ? [m.parent] : []))), [layout]);
  const ordered = useMemo(() => readingOrder(layout.marks), [layout]);
  // The mark holding the picture's single Tab stop.
  const [currentId, setCurrentId] = useState<string | null>(null);
  const current = currentId && layout.marks.some((m) => m.id === currentId) ? currentId : (ordered[0]?.id ?? null);

  // Per-mark names and progress, worked out once per layout or progress change, not on every pan or hover.
  const names = useMemo(() => new Map(layout.marks.map((mark) => [mark.id, markAccessibleName(index, mark)])), [index, layout]);
  const progress = useMemo(() => new Map(layout.marks.map((mark) => [mark.id, progressOf(mark)])), [layout, progressOf]);

  const focusMark = useCallback(
    (mark: HelixMark) => {
      setCurrentId(mark.id);
      const element = frame.current?.querySelector<SVGGElement>(`[data-mark="${CSS.escape(mark.id)}"]`);
      element?.focus({ preventScroll: true });
    },
    [],
  );
  const onFocusMark = useCallback(
    (mark: HelixMark) => {
      setCurrentId(mark.id);
      setFocused(mark);
      setPinned((p) => (p && p.id !== mark.id ? null : p));
      // Keyboard focus brings the mark into view; a click's focus must not move the page under the pointer
      // (the click would then land elsewhere).
      const element = frame.current?.querySelector(`[data-mark="${CSS.escape(mark.id)}"]`);
      if (!element?.matches(':focus-visible')) return;
      reveal(mark);
      scrollIntoWindow(element);
    },
    [reveal],
  );
  const activate = useCallback(
    (mark: HelixMark, byPointer: boolean) => {
      // A click that ends a drag is a pan, not a choice; keys never are.
      if (byPointer && wasDrag()) return;
      setPinned((p) => (p?.id === mark.id && !byPointer ? null : mark));
    },
    [wasDrag],
  );
  // A click on the picture's background closes the card.
  useEffect(() => {
    if (!pinned) return;
    const close = (event: globalThis.PointerEvent) => {
      const target = event.target as Element | null;
      if (target?.closest('[data-mark], .helix-card')) return;
      setPinned(null);
    };
    document.addEventListener('pointerdown', close);
    return () => document.removeEventListener('pointerdown', close);
  }, [pinned]);

  const typed = useRef({ text: '', at: 0 });
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const inCard = (event.target as Element).closest('.helix-card') !== null;
    if (event.key === 'Escape' && pinned) {
      event.preventDefault();
      const mark = pinned;
      setPinned(null);
      if (inCard) focusMark(mark);
      return;
    }
    if (inCard || !(event.target as Element).closest('[data-mark]')) return;
    const from = layout.marks.find((m) => m.id === current);
    const direction = ARROWS[event.key];
    if (direction) {
      event.preventDefault();
      if (event.shiftKey) {
        const step = { left: [-PAN_STEP, 0], right: [PAN_STEP, 0], up: [0, -PAN_STEP], down: [0, PAN_STEP] }[direction];
        pan(step[0] ?? 0, step[1] ?? 0);
        return;
      }
      const next = from ? neighbour(layout.marks, from.id, direction) : ordered[0];
      if (next) focusMark(next);
      return;
    }
    const first = ordered[0];
    const last = ordered[ordered.length - 1];
    const keys: Record<string, () => void> = {
      Home: () => first && focusMark(first),
      End: () => last && focusMark(last),
      '+': () => zoomBy(1.25),
      '=': () => zoomBy(1.25),
      '-': () => zoomBy(0.8),
      '0': reset,
    };
    const action = keys[event.key];
    if (action) {
      event.preventDefault();
      action();
      return;
    }
    // Type-ahead: letters typed within a second build a name to jump to ("des" → Desert Star).
    if (event.key.length === 1 && /\S/.test(event.key)) {
      const now = event.timeStamp;
      typed.current = { text: now - typed.current.at < 1000 ? typed.current.text + event.key : event.key, at: now };
      const found = findByName(layout.marks, typed.current.text, typed.current.text.length > 1 ? null : current) ?? findByName(layout.marks, typed.current.text, null);
      if (found) {
        event.preventDefault();
        focusMark(found);
      }
    }
  };

  const cardMark = active;
  const cardPosition = useMemo(() => {
    if (!cardMark) return { left: 0, top: 0 };
    const topLeft = worldToScreen(camera, { x: cardMark.x, y: cardMark.y });
    const bottom = worldToScreen(camera, { x: cardMark.x, y: cardMark.y + cardMark.height }).y;
    const left = Math.min(Math.max(4, topLeft.x), Math.max(4, frameSize.width - CARD_WIDTH - 4));
    const below = bottom + 8;
    // Above the mark when it sits low in a short frame, else below it.
    const top = below > frameSize.height - 170 && topLeft.y > 180 ? Math.max(4, topLeft.y - 8 - 170) : below;
    return { left, top };
  }, [cardMark, camera, frameSize.width, frameSize.height]);

  const h = frameSize.height / camera.scale;
  // Lane names stay at the left edge when the view is panned, at their own size whatever the zoom.
  const stickX = layout.orientation === 'horizontal' && camera.x > 0;
  return (
    <>
      <div className="helix-zoom" role="group" aria-label="Zoom">
        <span className="helix-zoom__hint">
          <span className="helix-zoom__mouse">Ctrl + scroll to zoom</span>
          <span className="helix-zoom__touch">Pinch to zoom</span>
          {zoomed ? ', drag to pan' : ''}
        </span>
        <button type="button" className="button button--small" onClick={() => zoomBy(1.25)} aria-label="Zoom in">
          +
        </button>
        <button type="button" className="button button--small" onClick={() => zoomBy(0.8)} aria-label="Zoom out" disabled={!zoomed}>
          −
        </button>
        <button type="button" className="button button--small" onClick={reset} disabled={!zoomed}>
          Reset
        </button>
      </div>
    <div
      className={`helix-frame helix-frame--${layout.orientation}${zoomed ? ' helix-frame--zoomed' : ''}`}
      style={{ height: frameSize.height }}
      ref={frame}
      {...handlers}
      onKeyDown={onKeyDown}
      onMouseLeave={() => setHovered(null)}
    >
      <svg
        ref={svgRef}
        className="helix-svg"
        role="group"
        aria-label={`${PICTURE_LABEL}. Arrow keys move between marks, typing a name jumps to it, Enter opens its card; plus and minus zoom.`}
        viewBox={viewBoxOf(camera, frameSize)}
        width={frameSize.width}
        height={frameSize.height}
        data-width={layout.width}
        data-height={layout.height}
      >
        <defs>
          <marker id="helix-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M0 0L10 5L0 10z" className="helix-arrowhead" />
          </marker>
        </defs>
        <rect className="helix-bg" x={0} y={0} width={layout.width} height={layout.height} />
        {layout.lanes.map((lane, i) => (
          <rect key={lane.id} className={i % 2 === 0 ? 'helix-lane' : 'helix-lane helix-lane--alt'} x={lane.x} y={lane.y} width={lane.width} height={lane.height} />
        ))}
        <g className="helix-ticks" aria-hidden="true">
          {layout.ticks.map((tick) => (
            <g key={tick.label} className="helix-tick">
              <line x1={tick.x1} x2={tick.x2} y1={tick.y1} y2={tick.y2} />
              <Lines text={tick.text} className="helix-tick__text" />
            </g>
          ))}
        </g>
        <g aria-hidden="true">
          {layout.links.map((link) => {
            const lit = active && (link.from === active.id || link.to === active.id);
            return (
              <path
                key={link.id}
                d={link.d}
                className={`helix-link helix-link--${link.type}${link.color ? ' helix-link--thread' : ''}${lit ? ' helix-link--lit' : ''}`}
                style={link.color ? ({ '--c': link.color } as CSSProperties) : undefined}
                markerEnd={link.arrow ? 'url(#helix-arrow)' : undefined}
              />
            );
          })}
        </g>
        <g>
          {layout.marks.map((mark) => (
            <Mark
              key={mark.id}
              mark={mark}
              isParent={parents.has(mark.id)}
              name={names.get(mark.id) ?? mark.label}
              progress={progress.get(mark.id) ?? null}
              threadColor={markThreadColor(index, mark)}
              tabbable={mark.id === current}
              expanded={pinned?.id === mark.id}
              describedBy={active?.id === mark.id ? CARD_ID : undefined}
              onFocus={onFocusMark}
              onBlur={setFocused}
              onHover={setHovered}
              onActivate={activate}
            />
          ))}
        </g>
        <g className="helix-lane-labels" aria-hidden="true">
          {stickX && <rect data-sticky className="helix-gutter" x={camera.x} y={camera.y} width={(layout.lanes[0]?.text.x ?? 8) / camera.scale + 2} height={h} />}
          {layout.lanes.map((lane) => {
            const home = `translate(${lane.text.x} ${lane.text.y})`;
            const transform = stickX ? `translate(${camera.x + 8 / camera.scale} ${lane.text.y}) scale(${1 / camera.scale})` : home;
            return (
              <g key={lane.id} transform={transform} data-home={home}>
                <Lines text={{ ...lane.text, x: 0, y: 0 }} className="helix-lane-label" />
              </g>
            );
          })}
        </g>
      </svg>
      <MarkCard
        id={CARD_ID}
        index={index}
        mark={cardMark}
        pinned={pinned !== null}
        progress={cardMark ? progressOf(cardMark) : null}
        targets={cardMark ? targetsOf(cardMark) : null}
        position={cardPosition}
        onClose={() => {
          const mark = pinned;
          setPinned(null);
          if (mark) focusMark(mark);
        }}
      />
    </div>
    </>
  );
}

interface MarkProps {
  mark: HelixMark;
  /** The mark holds sub-marks (episodes, segments): its own label goes beside it. */
  isParent: boolean;
  name: string;
  progress: number | null;
  threadColor: string | null;
  tabbable: boolean;
  expanded: boolean;
  describedBy: string | undefined;
  onFocus: (mark: HelixMark) => void;
  onBlur: (mark: null) => void;
  onHover: (mark: HelixMark | null) => void;
  onActivate: (mark: HelixMark, byPointer: boolean) => void;
}

const Mark = memo(function Mark({ mark, isParent, name, progress, threadColor, tabbable, expanded, describedBy, onFocus, onBlur, onHover, onActivate }: MarkProps) {
  const done = progress !== null && progress >= 1;
  // A label drawn inside the mark stays readable over a lighter progress fill.
  const labelInside = mark.text !== null && mark.text.x >= mark.x && mark.text.x < mark.x + mark.width;
  const style = threadColor ? ({ '--c': threadColor } as CSSProperties) : undefined;
  return (
    <g
      role="button"
      tabIndex={tabbable ? 0 : -1}
      aria-label={`${name}${progress !== null ? `, ${Math.round(progress * 100)}% done` : ''}`}
      aria-describedby={describedBy}
      aria-expanded={expanded}
      className={`helix-mark helix-mark--${mark.kind}${threadColor ? ' helix-mark--thread' : ''}${done ? ' helix-mark--done' : ''}${mark.approximate ? ' helix-mark--approx' : ''}${isParent ? ' helix-mark--parent' : ''}${labelInside ? ' helix-mark--labelled' : ''}`}
      style={style}
      data-mark={mark.id}
      data-parent={mark.parent}
      onFocus={() => onFocus(mark)}
      onBlur={() => onBlur(null)}
      onMouseEnter={() => onHover(mark)}
      onMouseLeave={() => onHover(null)}
      onClick={() => onActivate(mark, true)}
      onKeyDown={(event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          onActivate(mark, false);
        }
      }}
    >
      <rect className="helix-mark__shape" x={mark.x} y={mark.y} width={mark.width} height={mark.height} rx={mark.kind === 'character' ? Math.min(mark.height, mark.width) / 2 : 3} />
      {progress !== null && progress > 0 && mark.kind !== 'character' && (
        <rect className="helix-mark__fill" x={mark.x} y={mark.y} width={mark.width * progress} height={mark.height} rx={3} />
      )}
      {mark.text && <Lines text={mark.text} className="helix-mark__text" />}
    </g>
  );
});
