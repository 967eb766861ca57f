import type { HelixLayout } from './types';

/**
 * Spoiler safety for the picture: an episode the user has not reached keeps its code ("Ballard S1E7")
 * but loses its title, in the mark's label, its accessible name and its card alike.
 */
export function hideSpoilers(layout: HelixLayout, revealed: (episodeId: string) => boolean): HelixLayout {
  let changed = false;
  const marks = layout.marks.map((mark) => {
    if (mark.kind !== 'episode' || revealed(mark.itemId)) return mark;
    const label = mark.label.replace(/ ‘.*’$/, '');
    if (label === mark.label) return mark;
    changed = true;
    return { ...mark, label };
  });
  return changed ? { ...layout, marks } : layout;
}
