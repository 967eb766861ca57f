import type { OrderEntry } from '../domain/order/types';
import { setEntriesDone } from '../store/progress-actions';
import { entryName } from './entry-text';
import { formatMinutes } from './format';

/** The first item not yet done, with a one-tap check-off. */
export function UpNextCard({ entry, position, total, onJump }: { entry: OrderEntry | undefined; position: number; total: number; onJump?: () => void }) {
  if (!entry) {
    return (
      <section className="up-next up-next--done" aria-labelledby="up-next-heading">
        <h2 id="up-next-heading">All done</h2>
        <p>You have watched and read everything in this plan. Time for another?</p>
      </section>
    );
  }
  const name = entryName(entry);
  return (
    <section className="up-next" aria-labelledby="up-next-heading">
      <h2 id="up-next-heading">Up next</h2>
      <p className="up-next__name">{name}</p>
      <p className="up-next__meta">
        Item {position + 1} of {total} · {entry.approximate ? '≈ ' : ''}
        {formatMinutes(entry.minutes)} · {entry.reason}
      </p>
      <div className="up-next__actions">
        <button type="button" className="button button--primary" onClick={() => setEntriesDone([entry], true, `Marked ${name}`)}>
          Mark as {entry.kind === 'reading' ? 'read' : 'watched'}
        </button>
        {onJump && (
          <button type="button" className="button" onClick={onJump}>
            Jump to it in the list
          </button>
        )}
      </div>
    </section>
  );
}
