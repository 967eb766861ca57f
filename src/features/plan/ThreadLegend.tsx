import { useMemo } from 'react';
import type { OrderEntry } from '../../domain/order/types';
import { usePackIndex } from '../../data/franchise-store';

/** What the coloured edge of a row means: the story threads (from the pack) that this plan's items carry. */
export function ThreadLegend({ entries }: { entries: readonly OrderEntry[] }) {
  const index = usePackIndex();
  const threads = useMemo(() => {
    const used = new Set(entries.flatMap((entry) => entry.threads));
    return index.pack.threads.filter((thread) => used.has(thread.id));
  }, [entries, index]);
  if (threads.length === 0) return null;
  return (
    <div className="plan-legend">
      <h2 id="plan-legend-heading">Row colours</h2>
      <ul aria-labelledby="plan-legend-heading">
        {threads.map((thread) => (
          <li key={thread.id}>
            <span className="plan-legend__swatch" style={{ background: thread.color }} aria-hidden="true" />
            {thread.title}
          </li>
        ))}
      </ul>
    </div>
  );
}
