import { describeLink } from '../../domain/pack/labels';
import type { Link } from '../../domain/pack/schema';
import { usePackIndex } from '../../data/franchise-store';
import { sourceHost } from '../../ui/format';

const CONFIDENCE_TEXT: Record<Link['confidence'], string> = {
  sourced: 'sourced',
  inferred: 'inferred',
  unverified: 'unverified',
};

/** The links touching one record, each as a sentence with its confidence, first source and any note about the data. */
export function LinkList({ id, filter }: { id: string; filter?: (link: Link) => boolean }) {
  const index = usePackIndex();
  const links = (index.linksOf.get(id) ?? []).filter((link) => (filter ? filter(link) : true));
  if (links.length === 0) return null;
  return (
    <ul className="links">
      {links.map((link) => {
        const thread = link.thread ? index.threads.get(link.thread) : undefined;
        return (
          <li key={link.id} className="links__item">
            {thread && <span className="thread-dot" style={{ background: thread.color }} aria-hidden="true" />}
            <span>{describeLink(index, link, id)}</span>{' '}
            <span className={`badge badge--${link.confidence}`} title={`Confidence: ${CONFIDENCE_TEXT[link.confidence]}`}>
              {CONFIDENCE_TEXT[link.confidence]}
            </span>{' '}
            {link.sources?.[0] && (
              <a className="links__source" href={link.sources[0]} target="_blank" rel="noopener noreferrer">
                source: {sourceHost(link.sources[0])}
                {link.sources.length > 1 ? ` +${link.sources.length - 1}` : ''}
              </a>
            )}
            {link.note && <span className="links__note">{link.note}</span>}
          </li>
        );
      })}
    </ul>
  );
}
