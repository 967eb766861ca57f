import { chapterText, nameOf } from '../../domain/pack/labels';
import type { HelixLayout, HelixMark } from '../../domain/helix-layout/types';
import type { PackIndex } from '../../domain/pack/pack-index';
import { formatPartialDate, sourceHost } from '../../ui/format';

interface Props {
  index: PackIndex;
  layout: HelixLayout;
  progressOf: (mark: HelixMark) => number | null;
}

const KIND_TEXT: Record<HelixMark['kind'], string> = {
  season: 'season',
  episode: 'episode',
  film: 'film',
  novel: 'novel',
  segment: 'chapters',
  character: 'character',
};

/** The picture as two tables: every mark, and every link of the pack (not just those drawn). */
export function HelixTable({ index, layout, progressOf }: Props) {
  const lanes = new Map(layout.lanes.map((lane) => [lane.id, lane.label]));
  return (
    <div className="helix-tables">
      <h2 id="helix-items-heading">Items</h2>
      <div className="table-wrap" role="region" aria-labelledby="helix-items-heading" tabIndex={0}>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Item</th>
              <th scope="col">Lane</th>
              <th scope="col">Kind</th>
              <th scope="col">Date</th>
              <th scope="col">Threads</th>
              <th scope="col" className="num">
                Done
              </th>
            </tr>
          </thead>
          <tbody>
            {layout.marks.map((mark) => {
              const progress = progressOf(mark);
              return (
                <tr key={mark.id}>
                  <th scope="row">{mark.label}</th>
                  <td>{lanes.get(mark.lane) ?? mark.lane}</td>
                  <td>{KIND_TEXT[mark.kind]}</td>
                  <td>{mark.date ? formatPartialDate(mark.date) : '—'}</td>
                  <td>{mark.threads.map((t) => index.threads.get(t)?.title ?? t).join(', ') || '—'}</td>
                  <td className="num">{progress === null ? '—' : `${Math.round(progress * 100)}%`}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <h2 id="helix-links-heading">Links</h2>
      <div className="table-wrap" role="region" aria-labelledby="helix-links-heading" tabIndex={0}>
        <table className="table" data-testid="helix-links-table">
          <thead>
            <tr>
              <th scope="col">From</th>
              <th scope="col">Type</th>
              <th scope="col">To</th>
              <th scope="col">Chapters</th>
              <th scope="col">Thread</th>
              <th scope="col">Confidence</th>
              <th scope="col">Source</th>
            </tr>
          </thead>
          <tbody>
            {index.pack.links.map((link) => {
              const thread = link.thread ? index.threads.get(link.thread) : undefined;
              const source = link.sources?.[0];
              return (
                <tr key={link.id} data-link={link.id}>
                  <th scope="row">{nameOf(index, link.from)}</th>
                  <td>{link.type}</td>
                  <td>{nameOf(index, link.to)}</td>
                  <td>{chapterText(link.chapters) || '—'}</td>
                  <td>
                    {thread ? (
                      <>
                        <span className="thread-dot" style={{ background: thread.color }} aria-hidden="true" />
                        {thread.title}
                      </>
                    ) : (
                      '—'
                    )}
                  </td>
                  <td>{link.confidence}</td>
                  <td>
                    {source ? (
                      <a href={source} target="_blank" rel="noopener noreferrer">
                        {sourceHost(source)}
                      </a>
                    ) : (
                      '—'
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
