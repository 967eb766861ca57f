import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { usePackIndex } from '../../data/franchise-store';
import { DEFAULT_PACE, type Plan } from '../../domain/plan/plan';
import { uniquePlanName } from '../../domain/plan/plan-names';
import type { OrderSpec } from '../../domain/order/types';
import type { Preset } from '../../domain/plan/presets';
import { isEntryDone } from '../../domain/progress/progress-ids';
import { useHelixStore } from '../../store/helix-store';
import { lookupFor } from '../../store/progress-selectors';
import { entryName, kindChip } from '../../ui/entry-text';
import { formatMinutes, plural } from '../../ui/format';
import { isPastSpoilerWindow } from '../../ui/spoiler-window';
import { activityText } from './activity-text';
import { orderOf, planProgress } from './plan-progress';
import { hoursText } from './PresetFacts';
import { usePackProgress } from '../../store/pack-progress';

/** How many of a preset's first items the preview lists. */
const FIRST_ITEMS = 8;

interface Props {
  preset: Preset;
  /** What the preset resolves to in this pack. */
  spec: OrderSpec;
  /** A plan you already have for this preset (same name or same shape): offered to continue. */
  existing: Plan | undefined;
  onStart: () => void;
  onContinue: (plan: Plan) => void;
  onClose: () => void;
}

/** A preset before committing: its size, its first items, and, if you have it already, the choice to continue it. */
export function PresetDialog({ preset, spec, existing, onStart, onContinue, onClose }: Props) {
  const index = usePackIndex();
  const progress = usePackProgress();
  const plans = useHelixStore((s) => s.plans);
  const spoilerSafety = useHelixStore((s) => s.settings.spoilerSafety);
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const entries = useMemo(() => orderOf(index, spec, DEFAULT_PACE.pagesPerHour), [index, spec]);
  const lookup = lookupFor(progress);
  const firstUndone = entries.findIndex((entry) => !isEntryDone(entry, lookup));
  const done = entries.filter((entry) => isEntryDone(entry, lookup)).length;
  const minutes = entries.reduce((sum, entry) => sum + entry.minutes, 0);
  const yours = useMemo(() => (existing ? planProgress(index, existing, progress, lookupFor(progress)) : null), [existing, index, progress]);
  const [now] = useState(Date.now);
  const newName = uniquePlanName(preset.name, plans.map((plan) => plan.name));

  useEffect(() => {
    const element = dialog.current;
    if (!element || element.open) return;
    // jsdom and very old browsers lack showModal: fall back to a plain open dialog.
    if (typeof element.showModal === 'function') element.showModal();
    else element.setAttribute('open', '');
  }, []);

  return (
    <dialog ref={dialog} className="dialog-panel preset-dialog" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId}>{preset.name}</h2>
      <p className="preset-dialog__blurb">{preset.blurb}</p>
      <p className="preset-dialog__facts" data-testid="preset-size">
        {plural(entries.length, 'item')} · about {hoursText(minutes)}
        {done > 0 ? ` · ${done} done already` : ''}
      </p>
      {existing && yours && (
        <p className="preset-dialog__existing" role="note">
          You already have “{existing.name}”: {yours.done} of {plural(yours.total, 'item')} done, last activity {activityText(yours.lastActivity, now)}.
        </p>
      )}
      <h3 className="preset-dialog__subtitle">First items</h3>
      <ol className="preset-dialog__items">
        {entries.slice(0, FIRST_ITEMS).map((entry, position) => {
          const isDone = isEntryDone(entry, lookup);
          const hidden = spoilerSafety && !isDone && firstUndone >= 0 && isPastSpoilerWindow(position, firstUndone);
          return (
            <li key={entry.id} className={isDone ? 'preset-dialog__item--done' : undefined}>
              <span className={`kind kind--${entry.kind}`}>{kindChip(entry)}</span> {entryName(entry, hidden)}
              <span className="preset-dialog__minutes">
                {entry.approximate ? '≈ ' : ''}
                {formatMinutes(entry.minutes)}
                {isDone ? ' · done' : ''}
              </span>
            </li>
          );
        })}
      </ol>
      {entries.length > FIRST_ITEMS && <p className="muted preset-dialog__more">…and {plural(entries.length - FIRST_ITEMS, 'more item')}.</p>}
      <div className="preset-dialog__actions">
        {existing ? (
          <>
            <button type="button" className="button button--primary" onClick={() => onContinue(existing)}>
              Continue “{existing.name}”
            </button>
            <button type="button" className="button" onClick={onStart}>
              Start another, “{newName}”
            </button>
          </>
        ) : (
          <button type="button" className="button button--primary" onClick={onStart}>
            Start “{preset.name}”
          </button>
        )}
        <button type="button" className="button" onClick={() => (dialog.current?.open && typeof dialog.current.close === 'function' ? dialog.current.close() : onClose())}>
          Close
        </button>
      </div>
    </dialog>
  );
}
