import { memo, useCallback, useMemo, useRef, useState, type CSSProperties, type RefObject } from 'react';
import { markAccessibleName } from '../../domain/helix-layout/mark-links';
import type { HelixLayout, HelixMark } from '../../domain/helix-layout/types';
import type { PackIndex } from '../../domain/pack/pack-index';
import { MarkCard } from './MarkCard';
import { useViewBox } from './useViewBox';

export const PICTURE_LABEL = 'Braided timeline of the shows and novels';
const CARD_ID = 'helix-card';
const CARD_WIDTH = 300;

interface Props {
  index: PackIndex;
  layout: HelixLayout;
  svgRef: RefObject<SVGSVGElement | null>;
  progressOf: (mark: HelixMark) => number | null;
  actionOf: (mark: HelixMark) => { to: string; text: string } | null;
  onActivate: (to: string) => void;
}

/** The Helix picture: lanes, link curves and focusable marks, with zoom and pan and a hover/focus card. */
export function HelixPicture({ index, layout, svgRef, progressOf, actionOf, onActivate }: Props) {
  const frame = useRef<HTMLDivElement>(null);
  const { view, size, zoomBy, reset, reveal, handlers, wasDrag } = useViewBox(frame, { width: layout.width, height: layout.height, fitWhole: layout.mode === 'zoom' });
  const [hovered, setHovered] = useState<HelixMark | null>(null);
  const [focused, setFocused] = useState<HelixMark | null>(null);
  const active = hovered ?? focused;
  const parents = useMemo(() => new Set(layout.marks.map((m) => m.parent)), [layout]);
  const w = size.width / view.scale;
  const h = size.height / view.scale;
  const onFocusMark = useCallback(
    (mark: HelixMark) => {
      setFocused(mark);
      reveal(mark);
    },
    [reveal],
  );
  // Per-mark names and progress, worked out once per layout or progress change, not on every pan or hover.
  const names = useMemo(() => new Map(layout.marks.map((mark) => [mark.id, markAccessibleName(index, mark)])), [index, layout]);
  const progress = useMemo(() => new Map(layout.marks.map((mark) => [mark.id, progressOf(mark)])), [layout, progressOf]);
  const activate = useCallback(
    (mark: HelixMark, byPointer: boolean) => {
      // A click that ends a drag is a pan, not a choice; keys never are.
      if (byPointer && wasDrag()) return;
      const target = actionOf(mark);
      if (target) onActivate(target.to);
    },
    [actionOf, onActivate, wasDrag],
  );
  const cardPosition = useMemo(() => {
    if (!active) return { left: 0, top: 0 };
    const left = Math.min(Math.max(4, (active.x - view.x) * view.scale), Math.max(4, size.width - CARD_WIDTH - 4));
    const below = (active.y + active.height - view.y) * view.scale + 8;
    const top = below > size.height * 0.6 ? Math.max(4, (active.y - view.y) * view.scale - 8 - 160) : below;
    return { left, top };
  }, [active, view, size]);

  return (
    <div
      className={`helix-frame${layout.mode === 'zoom' ? ' helix-frame--fit' : ''}`}
      style={{ '--hx-aspect': `${layout.width} / ${layout.height}` } as CSSProperties}
      ref={frame}
      {...handlers}
      onMouseLeave={() => setHovered(null)}
    >
      <svg
        ref={svgRef}
        className="helix-svg"
        role="group"
        aria-label={`${PICTURE_LABEL}. Tab through the marks; arrow keys pan, plus and minus zoom.`}
        viewBox={`${view.x} ${view.y} ${w} ${h}`}
        width={size.width}
        height={size.height}
        preserveAspectRatio="xMinYMin meet"
      >
        <defs>
          <marker id="helix-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M0 0L10 5L0 10z" className="helix-arrowhead" />
          </marker>
        </defs>
        <rect className="helix-bg" x={view.x} y={view.y} width={w} height={h} />
        {layout.lanes.map((lane, i) => (
          <rect key={lane.id} className={i % 2 === 0 ? 'helix-lane' : 'helix-lane helix-lane--alt'} x={Math.min(0, view.x)} y={lane.y} width={Math.max(layout.width, view.x + w)} height={lane.height} />
        ))}
        {layout.ticks.map((tick) => (
          <g key={tick.label} className="helix-tick" aria-hidden="true">
            <line x1={tick.x} x2={tick.x} y1={18} y2={layout.height} />
            <text x={tick.x + 3} y={14}>
              {tick.label}
            </text>
          </g>
        ))}
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
              labelTop={parents.has(mark.id)}
              name={names.get(mark.id) ?? mark.label}
              progress={progress.get(mark.id) ?? null}
              threadColor={mark.kind === 'segment' ? (index.threads.get(mark.threads[0] ?? '')?.color ?? null) : null}
              describedBy={active?.id === mark.id ? CARD_ID : undefined}
              onFocus={onFocusMark}
              onBlur={setFocused}
              onHover={setHovered}
              onActivate={activate}
            />
          ))}
        </g>
        <g className="helix-lane-labels" aria-hidden="true">
          {layout.lanes.map((lane) => (
            <text key={lane.id} x={view.x + 8 / view.scale} y={lane.y + 15} style={{ fontSize: `${Math.min(13, 12 / view.scale)}px` }}>
              {lane.label}
            </text>
          ))}
        </g>
      </svg>
      <MarkCard
        id={CARD_ID}
        index={index}
        mark={active}
        progress={active ? progressOf(active) : null}
        action={active ? (actionOf(active)?.text ?? null) : null}
        position={cardPosition}
      />
      <div className="helix-zoom" role="group" aria-label="Zoom">
        <button type="button" className="button button--small" onClick={() => zoomBy(1.25)} aria-label="Zoom in">
          +
        </button>
        <button type="button" className="button button--small" onClick={() => zoomBy(0.8)} aria-label="Zoom out">
          −
        </button>
        <button type="button" className="button button--small" onClick={reset}>
          Reset
        </button>
      </div>
    </div>
  );
}

interface MarkProps {
  mark: HelixMark;
  /** The mark holds sub-marks: its label goes above them. */
  labelTop: boolean;
  name: string;
  progress: number | null;
  threadColor: string | null;
  describedBy: string | undefined;
  onFocus: (mark: HelixMark) => void;
  onBlur: (mark: null) => void;
  onHover: (mark: HelixMark | null) => void;
  onActivate: (mark: HelixMark, byPointer: boolean) => void;
}

const Mark = memo(function Mark({ mark, labelTop, name, progress, threadColor, describedBy, onFocus, onBlur, onHover, onActivate }: MarkProps) {
  const done = progress !== null && progress >= 1;
  const style = threadColor ? ({ '--c': threadColor } as CSSProperties) : undefined;
  const textY = labelTop ? mark.y + 11 : mark.y + mark.height / 2 + 4;
  return (
    <g
      role="button"
      tabIndex={0}
      aria-label={`${name}${progress !== null ? `, ${Math.round(progress * 100)}% done` : ''}`}
      aria-describedby={describedBy}
      className={`helix-mark helix-mark--${mark.kind}${done ? ' helix-mark--done' : ''}${mark.approximate ? ' helix-mark--approx' : ''}`}
      style={style}
      data-mark={mark.id}
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
      <rect className="helix-mark__shape" x={mark.x} y={mark.y} width={mark.width} height={mark.height} rx={mark.kind === 'character' ? mark.height / 2 : 3} />
      {progress !== null && progress > 0 && mark.kind !== 'character' && (
        <rect className="helix-mark__fill" x={mark.x} y={mark.y} width={mark.width * progress} height={mark.height} rx={3} />
      )}
      {mark.shortLabel && (
        <text className="helix-mark__text" x={mark.kind === 'character' ? mark.x + 10 : mark.x + 4} y={textY}>
          {mark.shortLabel}
        </text>
      )}
    </g>
  );
});
