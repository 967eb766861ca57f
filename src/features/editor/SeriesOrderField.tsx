import { usePackIndex } from '../../data/franchise-store';

/** For "series by series": which show or book series comes first. Unlisted groups follow by release. */
export function SeriesOrderField({ include, order, onChange }: { include: readonly string[]; order: readonly string[]; onChange: (order: readonly string[]) => void }) {
  const index = usePackIndex();
  const groups = new Set<string>();
  for (const id of include) {
    const showId = index.shows.get(id)?.id ?? index.seasons.get(id)?.show.id ?? index.episodes.get(id)?.show.id;
    if (showId) groups.add(showId);
    const series = index.novels.get(id)?.series[0];
    if (series) groups.add(series);
  }
  const current = [...order.filter((id) => groups.has(id)), ...[...groups].filter((id) => !order.includes(id))];
  const label = (id: string) => index.shows.get(id)?.title ?? `${index.series.get(id)?.title ?? id} novels`;
  const move = (i: number, by: number) => {
    const next = [...current];
    const [item] = next.splice(i, 1);
    if (item === undefined) return;
    next.splice(i + by, 0, item);
    onChange(next);
  };
  return (
    <fieldset className="series-order">
      <legend>Series order</legend>
      <ol>
        {current.map((id, i) => (
          <li key={id}>
            <span>{label(id)}</span>
            <button type="button" className="button button--small" disabled={i === 0} onClick={() => move(i, -1)} aria-label={`Move ${label(id)} up`}>
              ↑
            </button>
            <button type="button" className="button button--small" disabled={i === current.length - 1} onClick={() => move(i, 1)} aria-label={`Move ${label(id)} down`}>
              ↓
            </button>
          </li>
        ))}
      </ol>
    </fieldset>
  );
}
