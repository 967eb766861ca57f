import { useMemo } from 'react';
import type { OrderEntry } from '../../domain/order/types';
import { filmName } from '../../domain/pack/labels';
import { isEntryDone } from '../../domain/progress/progress-ids';
import { usePackIndex } from '../../data/franchise-store';
import { lookupFor } from '../../store/progress-selectors';
import { formatMinutes, plural } from '../../ui/format';
import { usePackProgress } from '../../store/pack-progress';

interface Tally {
  key: string;
  label: string;
  items: number;
  done: number;
  minutes: number;
  doneMinutes: number;
}

/** Done and left, in items and hours, overall and per show or novel. Re-renders on every check-off. */
export function ProgressSummary({ entries }: { entries: readonly OrderEntry[] }) {
  const index = usePackIndex();
  const progress = usePackProgress();
  const tallies = useMemo(() => {
    const lookup = lookupFor(progress);
    const groups = new Map<string, Tally>();
    const total: Tally = { key: 'all', label: 'Overall', items: 0, done: 0, minutes: 0, doneMinutes: 0 };
    for (const entry of entries) {
      const key = entry.kind === 'episode' ? entry.show : entry.kind === 'film' ? entry.id : entry.novel;
      let group = groups.get(key);
      if (!group) {
        const label = entry.kind === 'reading' ? (index.novels.get(key)?.title ?? key) : entry.kind === 'film' ? (filmName(index, key) ?? key) : (index.shows.get(key)?.title ?? key);
        group = { key, label, items: 0, done: 0, minutes: 0, doneMinutes: 0 };
        groups.set(key, group);
      }
      const done = isEntryDone(entry, lookup);
      for (const tally of [group, total]) {
        tally.items += 1;
        tally.minutes += entry.minutes;
        if (done) {
          tally.done += 1;
          tally.doneMinutes += entry.minutes;
        }
      }
    }
    return { total, groups: [...groups.values()] };
  }, [entries, progress, index]);
  const { total, groups } = tallies;
  return (
    <section className="summary" aria-labelledby="progress-heading">
      <h2 id="progress-heading">Progress</h2>
      <p className="summary__overall" data-testid="overall-progress">
        <strong>
          {total.done} of {plural(total.items, 'item')} done
        </strong>{' '}
        · ≈ {formatMinutes(total.doneMinutes)} watched or read · ≈ {formatMinutes(total.minutes - total.doneMinutes)} left
      </p>
      <Bar done={total.done} of={total.items} label="Overall progress" />
      {groups.length > 1 && (
        <details className="summary__groups">
          <summary>Per show and novel ({groups.length})</summary>
          <ul>
            {groups.map((group) => (
              <li key={group.key}>
                <span className="summary__label">{group.label}</span>
                <Bar done={group.done} of={group.items} label={`${group.label} progress`} />
                <span className="summary__count">
                  {group.done}/{group.items} · {formatMinutes(group.minutes - group.doneMinutes)} left
                </span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

function Bar({ done, of, label }: { done: number; of: number; label: string }) {
  const percent = of === 0 ? 0 : Math.round((done / of) * 100);
  return (
    <div className="bar" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-valuetext={`${percent}%`}>
      <span style={{ transform: `scaleX(${percent / 100})` }} />
    </div>
  );
}
