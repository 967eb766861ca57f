import type { Pack } from '../pack/schema';
import { chapterProgressId } from '../progress/progress-ids';
import type { ShareContext } from './share-types';

/**
 * The ids of a pack a share link may name, in pack order. The codec does not index into this
 * list (indexes would shift when a data update adds items); it only checks names against it.
 */
export function shareContextFromPack(pack: Pack): ShareContext {
  const ids: string[] = [];
  for (const show of pack.shows) {
    ids.push(show.id);
    for (const season of show.seasons) {
      ids.push(season.id);
      for (const episode of season.episodes) ids.push(episode.id);
    }
  }
  for (const novel of pack.novels) {
    ids.push(novel.id);
    for (let chapter = 1; chapter <= (novel.chapters ?? 0); chapter++) ids.push(chapterProgressId(novel.id, chapter));
  }
  for (const film of pack.films ?? []) ids.push(film.id);
  for (const series of pack.series) ids.push(series.id);
  // Series often share their show's id ("bosch"): list each id once.
  return { packId: pack.id, dataVersion: pack.dataVersion, ids: [...new Set(ids)] };
}
