import { describe, expect, it } from 'vitest';
import { hideSpoilers } from '../../../src/domain/helix-layout/hide-spoilers';
import { layoutHelix } from '../../../src/domain/helix-layout/layout-helix';
import { indexPack } from '../../../src/domain/pack/pack-index';
import { connelly } from '../order/connelly-pack';

const index = indexPack(connelly);
const zoom = layoutHelix(index, { mode: 'time', zoom: { seasonId: 'ballard-s01' } });
const labelOf = (layout: typeof zoom, id: string) => layout.marks.find((m) => m.id === id)?.label;

describe('hideSpoilers', () => {
  it('keeps the code but drops the title of an episode not yet reached', () => {
    expect(labelOf(zoom, 'ballard-s01e07')).toBe('Ballard S1E7 ‘Fork in the Road’');
    const safe = hideSpoilers(zoom, (id) => id === 'ballard-s01e01');
    expect(labelOf(safe, 'ballard-s01e07')).toBe('Ballard S1E7');
    expect(labelOf(safe, 'ballard-s01e01')).toBe('Ballard S1E1 ‘Library of Lost Souls’');
  });

  it('leaves everything else (novels, segments, positions) as laid out', () => {
    const safe = hideSpoilers(zoom, () => false);
    for (const [i, mark] of safe.marks.entries()) {
      const original = zoom.marks[i];
      expect({ ...mark, label: undefined }).toEqual({ ...original, label: undefined });
      if (mark.kind !== 'episode') expect(mark.label).toBe(original?.label);
    }
    expect(safe.links).toBe(zoom.links);
  });

  it('returns the same layout when every episode is revealed', () => {
    expect(hideSpoilers(zoom, () => true)).toBe(zoom);
  });
});
