import type { ReactNode } from 'react';
import type { Selection } from '../../domain/plan/selection';
import { usePackIndex } from '../../data/franchise-store';
import { plural } from '../../ui/format';
import { TriStateCheckbox } from './TriStateCheckbox';

type Props = { selection: Selection; onChange: (selection: Selection) => void };

function stateOf(ids: readonly string[], chosen: ReadonlySet<string>): 'all' | 'some' | 'none' {
  const count = ids.filter((id) => chosen.has(id)).length;
  return count === 0 ? 'none' : count === ids.length ? 'all' : 'some';
}

function toggled(chosen: ReadonlySet<string>, ids: readonly string[], on: boolean): Set<string> {
  const next = new Set(chosen);
  for (const id of ids) {
    if (on) next.add(id);
    else next.delete(id);
  }
  return next;
}

/** One item under a group checkbox: a season, a film or a novel. */
function LeafCheckbox({ checked, disabled, onChange, children }: { checked: boolean; disabled?: boolean; onChange: (on: boolean) => void; children: ReactNode }) {
  return (
    <label className="tree__label">
      <input type="checkbox" checked={checked} disabled={disabled} onChange={(e) => onChange(e.target.checked)} />
      <span>{children}</span>
    </label>
  );
}

/** Shows → seasons, films, and novel series → novels, with tri-state group checkboxes. */
export function SelectionTree({ selection, onChange }: Props) {
  const index = usePackIndex();
  const { pack } = index;
  const films = pack.films ?? [];
  const novelsBySeries = pack.series
    .map((series) => ({ series, novels: pack.novels.filter((novel) => novel.series[0] === series.id) }))
    .filter((group) => group.novels.length > 0);
  return (
    <div className="tree-columns">
      <fieldset className="tree">
        <legend>TV series and films</legend>
        <ul>
          {pack.shows.map((show) => {
            const released = show.seasons.filter((s) => s.episodes.length > 0);
            const ids = released.map((s) => s.id);
            return (
              <li key={show.id}>
                <TriStateCheckbox
                  label={show.title}
                  state={stateOf(ids, selection.seasons)}
                  onChange={(on) => onChange({ ...selection, shows: toggled(selection.shows, [show.id], on), seasons: toggled(selection.seasons, ids, on) })}
                />
                <ul>
                  {show.seasons.map((season) => (
                    <li key={season.id}>
                      <LeafCheckbox
                        checked={selection.seasons.has(season.id)}
                        disabled={season.episodes.length === 0}
                        onChange={(on) =>
                          onChange({
                            ...selection,
                            // unticking a season means the user no longer wants the whole show
                            shows: on ? selection.shows : toggled(selection.shows, [show.id], false),
                            seasons: toggled(selection.seasons, [season.id], on),
                          })
                        }
                      >
                        {show.title} season {season.number}{' '}
                        <span className="muted">({season.episodes.length > 0 ? plural(season.episodes.length, 'episode') : 'announced, no episodes yet'})</span>
                      </LeafCheckbox>
                    </li>
                  ))}
                </ul>
              </li>
            );
          })}
        </ul>
        {films.length > 0 && (
          <ul>
            <li>
              <TriStateCheckbox
                label={`Films (${films.length})`}
                state={stateOf(films.map((film) => film.id), selection.films)}
                onChange={(on) => onChange({ ...selection, films: toggled(selection.films, films.map((film) => film.id), on) })}
              />
              <ul>
                {films.map((film) => (
                  <li key={film.id}>
                    <LeafCheckbox checked={selection.films.has(film.id)} onChange={(on) => onChange({ ...selection, films: toggled(selection.films, [film.id], on) })}>
                      {film.title} <span className="muted">(film, {film.released.slice(0, 4)})</span>
                    </LeafCheckbox>
                  </li>
                ))}
              </ul>
            </li>
          </ul>
        )}
      </fieldset>
      <fieldset className="tree">
        <legend>Novels</legend>
        <ul>
          {novelsBySeries.map(({ series, novels }) => {
            const ids = novels.map((n) => n.id);
            return (
              <li key={series.id}>
                <TriStateCheckbox
                  label={`${series.title} (${novels.length})`}
                  state={stateOf(ids, selection.novels)}
                  onChange={(on) => onChange({ ...selection, novels: toggled(selection.novels, ids, on) })}
                />
                <ul>
                  {novels.map((novel) => (
                    <li key={novel.id}>
                      <LeafCheckbox checked={selection.novels.has(novel.id)} onChange={(on) => onChange({ ...selection, novels: toggled(selection.novels, [novel.id], on) })}>
                        {novel.title} <span className="muted">({novel.published.slice(0, 4)})</span>
                      </LeafCheckbox>
                    </li>
                  ))}
                </ul>
              </li>
            );
          })}
        </ul>
      </fieldset>
    </div>
  );
}
