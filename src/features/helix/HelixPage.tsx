import { useCallback, useId, useLayoutEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { Link } from 'react-router-dom';
import { paths } from '../../app/paths';
import { hideSpoilers } from '../../domain/helix-layout/hide-spoilers';
import { layoutHelix } from '../../domain/helix-layout/layout-helix';
import { markProgress } from '../../domain/helix-layout/mark-progress';
import type { HelixMark } from '../../domain/helix-layout/types';
import { nameOf } from '../../domain/pack/labels';
import { usePackIndex } from '../../data/franchise-store';
import { usePlanEntries } from '../../data/use-plan-entries';
import { useHelixStore } from '../../store/helix-store';
import { lookupFor, useActivePlan, useDoneFlags, useFirstUndoneIndex } from '../../store/progress-selectors';
import { isPastSpoilerWindow } from '../../ui/spoiler-window';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { downloadPng, downloadSvg } from './export-picture';
import { HelixPicture } from './HelixPicture';
import { HelixStats } from './HelixStats';
import { HelixTable } from './HelixTable';
import { markTargets } from './mark-target';
import './helix.css';
import { usePackProgress } from '../../store/pack-progress';

/** The Helix screen: the braided picture (or its table), zoom into a season, progress, stats and export. */
export function HelixPage() {
  useDocumentTitle('Helix');
  const index = usePackIndex();
  const plan = useActivePlan();
  const entries = usePlanEntries(plan);
  const doneFlags = useDoneFlags(entries);
  const progress = usePackProgress();
  const [mode, setMode] = useState<'time' | 'plan'>('time');
  const [seasonId, setSeasonId] = useState('');
  const [asTable, setAsTable] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const [stage, setStage] = useState<HTMLDivElement | null>(null);
  const width = useStageWidth(stage);
  const controlsId = useId();

  const planOrder = useMemo(() => entries.map((e) => e.id), [entries]);
  const effectiveMode = mode === 'plan' && planOrder.length > 0 ? 'plan' : 'time';
  const fullLayout = useMemo(
    () => layoutHelix(index, { mode: effectiveMode, planOrder, zoom: seasonId ? { seasonId } : null, width }),
    [index, effectiveMode, planOrder, seasonId, width],
  );
  // Spoiler safety as on the plan: titles show for what is done and for the next few items of the plan.
  const spoilerSafety = useHelixStore((s) => s.settings.spoilerSafety);
  const firstUndone = useFirstUndoneIndex(entries);
  const layout = useMemo(() => {
    if (!spoilerSafety) return fullLayout;
    const near = new Set(planOrder.filter((_, position) => !isPastSpoilerWindow(position, firstUndone)));
    return hideSpoilers(fullLayout, (id) => near.has(id) || progress.isDone(id));
  }, [fullLayout, spoilerSafety, planOrder, firstUndone, progress]);
  const lookup = lookupFor(progress);
  const progressOf = useCallback((mark: HelixMark) => markProgress(index, mark, lookup), [index, lookup]);
  const targetsOf = useCallback((mark: HelixMark) => markTargets(index, mark, entries), [index, entries]);
  const seasons = useMemo(() => [...index.seasons.values()].filter((s) => s.season.episodes.length > 0), [index]);

  const fileName = seasonId ? `helix-${seasonId}` : `helix-${effectiveMode}`;
  const exportAs = async (kind: 'svg' | 'png') => {
    const svg = svgRef.current;
    if (!svg) return;
    setExportError(null);
    try {
      const size = { width: layout.width, height: layout.height };
      if (kind === 'svg') downloadSvg(svg, fileName, size);
      else await downloadPng(svg, fileName, size);
    } catch (error) {
      setExportError(error instanceof Error ? error.message : 'Export failed');
    }
  };

  return (
    <div className="page page--helix">
      <h1>Helix</h1>
      <p className="lede helix-lede">
        Shows and novel series over time; curves show what each season adapts.{index.manifest.helixIntro === null ? '' : ` ${index.manifest.helixIntro}`}
      </p>
      <div className="helix-toolbar" id={controlsId}>
        <ChoiceGroup
          legend="Lay out by"
          name="helix-mode"
          value={mode}
          options={[
            { value: 'time', label: 'By release date' },
            { value: 'plan', label: 'In your plan’s order' },
          ]}
          onChange={setMode}
        />
        <span className="helix-toolbar__season">
          <select value={seasonId} onChange={(event) => setSeasonId(event.target.value)} aria-label="Focus a season">
            <option value="">The whole universe</option>
            {seasons.map(({ season }) => (
              <option key={season.id} value={season.id}>
                Focus: {nameOf(index, season.id)}
              </option>
            ))}
          </select>
        </span>
        <button type="button" className="button button--small" aria-pressed={asTable} onClick={() => setAsTable((v) => !v)}>
          Show as table
        </button>
        {!asTable && (
          <span className="helix-toolbar__export">
            <button type="button" className="button button--small" onClick={() => void exportAs('svg')}>
              Download SVG
            </button>
            <button type="button" className="button button--small" onClick={() => void exportAs('png')}>
              Download PNG
            </button>
          </span>
        )}
      </div>
      {exportError && (
        <p className="notice" role="alert">
          {exportError}
        </p>
      )}
      {mode === 'plan' && planOrder.length === 0 && (
        <p className="notice">
          No active plan: the picture follows release dates. <Link to={paths.home()}>Start a plan</Link> to lay it out in your order.
        </p>
      )}
      {asTable ? (
        <HelixTable index={index} layout={layout} progressOf={progressOf} />
      ) : (
        <>
          <Legend index={index} />
          <div className="helix-stage" ref={setStage}>
            <HelixPicture index={index} layout={layout} svgRef={svgRef} progressOf={progressOf} targetsOf={targetsOf} />
          </div>
        </>
      )}
      {entries.length > 0 ? (
        <HelixStats index={index} entries={entries} doneFlags={doneFlags} />
      ) : (
        <p className="muted">
          Start a plan on <Link to={paths.home()}>Home</Link> to see your progress on the picture and hours watched and read.
        </p>
      )}
    </div>
  );
}

/** The stage's width in px, followed on resize; the picture is laid out for it (jsdom, which has no layout, gets 1100). */
function useStageWidth(element: HTMLElement | null): number {
  const [width, setWidth] = useState(1100);
  useLayoutEffect(() => {
    if (!element) return;
    const measure = () => {
      const next = Math.round(element.clientWidth);
      if (next > 0) setWidth((old) => (Math.abs(old - next) < 1 ? old : next));
    };
    measure();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(element);
    return () => observer?.disconnect();
  }, [element]);
  return width;
}

function Legend({ index }: { index: ReturnType<typeof usePackIndex> }) {
  return (
    <ul className="helix-legend" aria-label="Legend">
      {index.pack.threads.map((thread) => (
        <li key={thread.id}>
          <svg width="28" height="10" aria-hidden="true">
            <line x1="0" y1="5" x2="28" y2="5" className="helix-link helix-link--thread" style={{ '--c': thread.color } as CSSProperties} />
          </svg>
          {thread.title}
        </li>
      ))}
      <li>
        <svg width="28" height="10" aria-hidden="true">
          <line x1="0" y1="5" x2="28" y2="5" className="helix-link" />
        </svg>
        adapts
      </li>
      <li>
        <svg width="28" height="10" aria-hidden="true">
          <line x1="0" y1="5" x2="28" y2="5" className="helix-link helix-link--leads-into" />
        </svg>
        leads into
      </li>
      <li>
        <svg width="28" height="10" aria-hidden="true">
          <line x1="0" y1="5" x2="28" y2="5" className="helix-link helix-link--appears-in" />
        </svg>
        appears in (character)
      </li>
      <li>
        <svg width="28" height="10" aria-hidden="true">
          <rect x="1" y="0.5" width="26" height="9" rx="2" className="helix-legend__done" />
        </svg>
        done (filled)
      </li>
    </ul>
  );
}
