import type { ReadLink } from '../../domain/pack/where';
import type { Watch } from '../../domain/pack/schema';

/** "Where to watch: Prime Video ↗" — a plain external link; Helix itself fetches nothing from it. */
export function WatchLink({ watch, upcoming = false }: { watch: Watch | undefined; upcoming?: boolean }) {
  if (!watch) return null;
  return (
    <p className="where">
      {upcoming ? 'Will stream on' : 'Where to watch:'}{' '}
      <a href={watch.url} target="_blank" rel="noopener noreferrer">
        {watch.service}
        <span className="visually-hidden"> (opens in a new tab)</span>
      </a>
    </p>
  );
}

/** "Where to read: ISBN 978-0316485654 · Open Library ↗" per sourced ISBN. */
export function ReadLinks({ links }: { links: readonly ReadLink[] }) {
  if (links.length === 0) return null;
  return (
    <p className="where">
      Where to read:{' '}
      {links.map((link, i) => (
        <span key={link.isbn}>
          {i > 0 && '; '}
          ISBN {link.label} ·{' '}
          <a href={link.url} target="_blank" rel="noopener noreferrer">
            Open Library<span className="visually-hidden"> page for ISBN {link.label} (opens in a new tab)</span>
          </a>
        </span>
      ))}
    </p>
  );
}
