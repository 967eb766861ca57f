import { describe, expect, it } from 'vitest';
import { buildOrder } from '../../../src/domain/order/build-order';
import { layoutHelix } from '../../../src/domain/helix-layout/layout-helix';
import { markThreadColor } from '../../../src/domain/helix-layout/mark-thread-color';
import { indexPack } from '../../../src/domain/pack/pack-index';
import { parsePack } from '../../../src/domain/pack/parse-pack';
import type { Pack } from '../../../src/domain/pack/schema';
import { PRESETS } from '../fixtures/shipped-presets';
import { tinyPack } from '../fixtures/tiny-pack';
import { markById, shippedIndex } from './helpers';

const index = shippedIndex();
const gallagher = index.threads.get('gallagher')?.color;
const pearlman = index.threads.get('pearlman')?.color;
const legacy = layoutHelix(index, { mode: 'time', zoom: { seasonId: 'legacy-s03' } });

describe('episode colours in the Helix picture follow the episodes’ own thread tags, as the order does', () => {
  it('paints Bosch: Legacy S3E10, which works a separate case, with no Gallagher colour, though its season takes the Gallagher case', () => {
    const finale = markById(legacy, 'legacy-s03e10');
    expect(finale.threads).toEqual([]);
    expect(markThreadColor(index, finale)).toBeNull();
    expect(markById(legacy, 'legacy-s03').threads).toEqual(['gallagher']);
  });

  it('paints the tagged Legacy episodes Gallagher and every Ballard S1 episode Pearlman', () => {
    expect(gallagher).toMatch(/^#[0-9a-f]{6}$/i);
    expect(markThreadColor(index, markById(legacy, 'legacy-s03e02'))).toBe(gallagher);
    expect(markThreadColor(index, markById(legacy, 'legacy-s03e04'))).toBe(gallagher);
    const ballard = layoutHelix(index, { mode: 'time', zoom: { seasonId: 'ballard-s01' } });
    for (let n = 1; n <= 10; n++) expect(markThreadColor(index, markById(ballard, `ballard-s01e${String(n).padStart(2, '0')}`)), `E${n}`).toBe(pearlman);
  });

  it('gives each Double Helix episode the threads its plan row has', () => {
    const preset = PRESETS.find((p) => p.id === 'double-helix');
    if (!preset) throw new Error('no Double Helix preset');
    const entries = buildOrder(index.pack, preset.spec(index.pack));
    const ballard = layoutHelix(index, { mode: 'time', zoom: { seasonId: 'ballard-s01' } });
    const episodes = entries.filter((entry) => entry.kind === 'episode');
    expect(episodes).toHaveLength(20);
    for (const entry of episodes) {
      const layout = entry.show === 'legacy' ? legacy : ballard;
      expect(markById(layout, entry.id).threads, entry.id).toEqual(entry.threads);
    }
  });

  it('lends a season’s case to every episode while none is tagged, and to none but the tagged ones after', () => {
    const colours = (pack: Pack) => {
      const tiny = indexPack(parsePack(pack));
      const layout = layoutHelix(tiny, { mode: 'time', zoom: { seasonId: 'ballard-s01' } });
      return ['ballard-s01e01', 'ballard-s01e02', 'ballard-s01e03'].map((id) => markThreadColor(tiny, markById(layout, id)));
    };
    const pack = tinyPack();
    const blue = pack.threads.find((thread) => thread.id === 'pearlman')?.color;
    expect(colours(pack)).toEqual([blue, blue, blue]);
    const episode = pack.shows[1]!.seasons[0]!.episodes[1]!;
    episode.threads = [{ thread: 'pearlman', confidence: 'sourced', sources: ['https://example.org/recap'] }];
    expect(colours(pack)).toEqual([null, blue, null]);
  });
});
