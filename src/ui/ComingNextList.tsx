import type { ComingItem } from '../domain/pack/coming-next';
import { formatPartialDate } from './format';
import { SourceLinks } from './SourceLinks';

function when(item: ComingItem): string {
  if (item.date) return `expected ${formatPartialDate(item.date)}`;
  if (item.announcedOn) return `announced ${formatPartialDate(item.announcedOn)}, no date yet`;
  return 'announced, no date yet';
}

/** Announced seasons and shows and upcoming novels, each with its date (or "no date yet") and sources. */
export function ComingNextList({ items, showSources = false }: { items: readonly ComingItem[]; showSources?: boolean }) {
  if (items.length === 0) return <p className="muted">Nothing announced right now.</p>;
  return (
    <ul className="coming-list">
      {items.map((item) => (
        <li key={item.id} className="coming-list__item">
          <strong>{item.title}</strong> <span className="muted">· {item.detail}</span>
          <br />
          <span className="coming-list__when">{when(item)}</span>
          {item.basedOn && (
            <>
              {' '}
              · based on <cite>{item.basedOn.title}</cite>
              {item.basedOn.confidence !== 'sourced' && <span className={`badge badge--${item.basedOn.confidence}`}>{item.basedOn.confidence}</span>}
            </>
          )}
          {showSources && <SourceLinks urls={item.sources} />}
        </li>
      ))}
    </ul>
  );
}

/** What happens to existing plans, in one sentence shared by Home and the catalog. */
export const NEW_SEASON_NOTE =
  'A plan that includes a whole show gets a new season’s episodes when Helix’s data is updated; a plan with single seasons keeps just those.';
