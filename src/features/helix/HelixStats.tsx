import { useMemo } from 'react';
import type { OrderEntry } from '../../domain/order/types';
import { filmName } from '../../domain/pack/labels';
import type { PackIndex } from '../../domain/pack/pack-index';
import { formatMinutes } from '../../ui/format';

interface Group {
  key: string;
  label: string;
  kind: 'show' | 'novel';
  done: number;
  total: number;
}

const BAR_WIDTH = 140;

/** Hours watched and read, and hours left, per show (or film) and per novel of the active plan, as small bars. */
export function HelixStats({ index, entries, doneFlags }: { index: PackIndex; entries: readonly OrderEntry[]; doneFlags: readonly boolean[] }) {
  const groups = useMemo(() => {
    const byKey = new Map<string, Group>();
    entries.forEach((entry, i) => {
      const key = entry.kind === 'episode' ? entry.show : entry.kind === 'film' ? entry.id : entry.novel;
      let group = byKey.get(key);
      if (!group) {
        const label = entry.kind === 'reading' ? (index.novels.get(key)?.title ?? key) : entry.kind === 'film' ? (filmName(index, key) ?? key) : (index.shows.get(key)?.title ?? key);
        group = { key, label, kind: entry.kind === 'reading' ? 'novel' : 'show', done: 0, total: 0 };
        byKey.set(key, group);
      }
      group.total += entry.minutes;
      if (doneFlags[i]) group.done += entry.minutes;
    });
    return [...byKey.values()];
  }, [entries, doneFlags, index]);
  const shows = groups.filter((g) => g.kind === 'show');
  const novels = groups.filter((g) => g.kind === 'novel');
  const sum = (list: Group[], pick: (g: Group) => number) => list.reduce((s, g) => s + pick(g), 0);
  const longest = Math.max(1, ...groups.map((g) => g.total));
  return (
    <section className="helix-stats" aria-labelledby="helix-stats-heading">
      <h2 id="helix-stats-heading">Hours in your plan</h2>
      <p className="helix-stats__totals">
        Watched ≈ {formatMinutes(sum(shows, (g) => g.done))} of {formatMinutes(sum(shows, (g) => g.total))} · read ≈ {formatMinutes(sum(novels, (g) => g.done))} of{' '}
        {formatMinutes(sum(novels, (g) => g.total))} · left ≈ {formatMinutes(sum(groups, (g) => g.total - g.done))}
      </p>
      <div className="helix-stats__columns">
        {[
          { title: entries.some((entry) => entry.kind === 'film') ? 'Shows and films' : 'Shows', list: shows, verb: 'watched' },
          { title: 'Books', list: novels, verb: 'read' },
        ].map(({ title, list, verb }) =>
          list.length === 0 ? null : (
            <div key={title}>
              <h3>{title}</h3>
              <ul className="helix-stats__list">
                {list.map((g) => (
                  <li key={g.key}>
                    <span className="helix-stats__label">{g.label}</span>
                    <svg className="helix-stats__bar" width={BAR_WIDTH} height={10} viewBox={`0 0 ${BAR_WIDTH} 10`} aria-hidden="true">
                      <rect className="helix-stats__track" x={0} y={0} width={(BAR_WIDTH * g.total) / longest} height={10} rx={3} />
                      <rect className="helix-stats__done" x={0} y={0} width={(BAR_WIDTH * g.done) / longest} height={10} rx={3} />
                    </svg>
                    <span className="helix-stats__value">
                      {formatMinutes(g.done)} {verb} · {formatMinutes(g.total - g.done)} left
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          ),
        )}
      </div>
    </section>
  );
}
