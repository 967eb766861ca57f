import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutHelix } from '../../../src/domain/helix-layout/layout-helix';
import type { HelixLayout, HelixOptions } from '../../../src/domain/helix-layout/types';
import { buildOrderFromIndex } from '../../../src/domain/order/build-order';
import { indexPack } from '../../../src/domain/pack/pack-index';
import { tinyPack } from '../fixtures/tiny-pack';
import { markById, onMark, overlappingSiblings, shippedIndex } from './helpers';

const index = shippedIndex();
const helixOrder = buildOrderFromIndex(index, { include: [...index.shows.keys(), ...index.novels.keys()], strategy: 'helix', readingGranularity: 'segment' }).map(
  (e) => e.id,
);

const OPTIONS: Record<string, HelixOptions> = {
  time: { mode: 'time' },
  plan: { mode: 'plan', planOrder: helixOrder },
  'zoom on Bosch: Legacy S3': { mode: 'time', zoom: { seasonId: 'legacy-s03' } },
  'zoom on Ballard S1': { mode: 'time', zoom: { seasonId: 'ballard-s01' } },
  'zoom on Bosch S1': { mode: 'time', zoom: { seasonId: 'bosch-s01' } },
};

function checkGeometry(layout: HelixLayout) {
  expect(overlappingSiblings(layout)).toEqual([]);
  const byId = new Map(layout.marks.map((m) => [m.id, m]));
  expect(byId.size).toBe(layout.marks.length);
  for (const mark of layout.marks) {
    expect(layout.lanes.some((lane) => lane.id === mark.lane && mark.y >= lane.y && mark.y + mark.height <= lane.y + lane.height)).toBe(true);
    expect(mark.width).toBeGreaterThan(0);
    const parent = mark.parent ? byId.get(mark.parent) : undefined;
    if (parent) {
      expect(mark.x).toBeGreaterThanOrEqual(parent.x);
      expect(mark.x + mark.width).toBeLessThanOrEqual(parent.x + parent.width + 1e-9);
      expect(mark.y + mark.height).toBeLessThanOrEqual(parent.y + parent.height);
    }
  }
  for (const link of layout.links) {
    const from = byId.get(link.from);
    const to = byId.get(link.to);
    expect(from && onMark(link.start, from), `${link.id} starts on ${link.from}`).toBe(true);
    expect(to && onMark(link.end, to), `${link.id} ends on ${link.to}`).toBe(true);
    expect(link.d.startsWith(`M${link.start.x} ${link.start.y}C`)).toBe(true);
    expect(link.d.endsWith(` ${link.end.x} ${link.end.y}`)).toBe(true);
  }
}

describe('layoutHelix', () => {
  describe.each(Object.entries(OPTIONS))('in %s mode', (_name, options) => {
    it('gives the same layout for the same input', () => {
      expect(layoutHelix(index, options)).toEqual(layoutHelix(index, options));
    });

    it('keeps marks of one lane apart, children inside their parent, and every link end on its mark', () => {
      checkGeometry(layoutHelix(index, options));
    });
  });

  it('draws one lane per show and per novel series, shows first', () => {
    const layout = layoutHelix(index, { mode: 'time' });
    const ids = layout.lanes.map((l) => l.id);
    expect(ids.slice(0, 4)).toEqual(['show:bosch', 'show:legacy', 'show:ballard', 'show:lincoln']);
    expect(ids).toContain('series:ballard');
    expect(ids).toContain('series:stilwell');
    expect(markById(layout, 'desert-star').lane).toBe('series:ballard');
  });

  it('routes every link of the shipped pack in time mode', () => {
    const layout = layoutHelix(index, { mode: 'time' });
    expect(layout.links.map((l) => l.id).sort()).toEqual(index.pack.links.map((l) => l.id).sort());
  });

  it('places seasons in date order and sizes novels by their page count', () => {
    const layout = layoutHelix(index, { mode: 'time' });
    const bosch = layout.marks.filter((m) => m.lane === 'show:bosch');
    expect(bosch.map((m) => m.id)).toEqual(['bosch-s01', 'bosch-s02', 'bosch-s03', 'bosch-s04', 'bosch-s05', 'bosch-s06', 'bosch-s07']);
    for (let i = 1; i < bosch.length; i++) expect((bosch[i]?.x ?? 0) > (bosch[i - 1]?.x ?? 0)).toBe(true);
    // The Overlook has 240 pages, Nine Dragons 544.
    expect(markById(layout, 'the-overlook').width).toBeLessThan(markById(layout, 'nine-dragons').width);
    expect(markById(layout, 'the-poet').approximate).toBe(true);
  });

  it('braids Desert Star: the Gallagher chapters run to Bosch: Legacy S3 and the Pearlman chapters to Ballard S1, in their thread colours', () => {
    const layout = layoutHelix(index, { mode: 'time' });
    const gallagher = layout.links.find((l) => l.id === 'adapts-desert-star-ch38-54-legacy-s03');
    const pearlman = layout.links.find((l) => l.id === 'adapts-desert-star-ch03-37-ballard-s01');
    expect(gallagher).toMatchObject({ from: 'desert-star#38-54', to: 'legacy-s03', color: '#d55e00', dotted: false });
    expect(pearlman).toMatchObject({ from: 'desert-star#3-37', to: 'ballard-s01', color: '#0072b2' });
    const leadIn = layout.links.find((l) => l.type === 'leads-into');
    expect(leadIn).toMatchObject({ from: 'legacy-s03', to: 'ballard-s01', arrow: true, dotted: false });
    expect(layout.links.filter((l) => l.type === 'appears-in').every((l) => l.dotted && !l.arrow)).toBe(true);
  });

  it('zooms into a season with its episodes, the novel segments between, and the season they braid into', () => {
    const layout = layoutHelix(index, { mode: 'time', zoom: { seasonId: 'legacy-s03' } });
    expect(layout.mode).toBe('zoom');
    // The Black Ice is the season's other source novel.
    expect(layout.lanes.map((l) => l.id)).toEqual(['season:legacy-s03', 'novel:desert-star', 'novel:the-black-ice', 'season:ballard-s01', 'characters']);
    expect(layout.marks.filter((m) => m.kind === 'episode' && m.parent === 'legacy-s03')).toHaveLength(10);
    expect(layout.marks.filter((m) => m.kind === 'segment').map((m) => m.id)).toEqual([
      'desert-star#1-1',
      'desert-star#2-2',
      'desert-star#3-37',
      'desert-star#38-54',
    ]);
    expect(layout.links.find((l) => l.type === 'leads-into')).toMatchObject({ from: 'legacy-s03e10', to: 'ballard-s01e01' });
  });

  it('lays out only the plan’s items in plan mode, in plan order', () => {
    const order = ['legacy-s03e01', 'desert-star#38-54', 'legacy-s03e02', 'ballard-s01e01'];
    const layout = layoutHelix(index, { mode: 'plan', planOrder: order });
    expect(layout.marks.filter((m) => !m.parent && m.kind !== 'character').map((m) => m.id).sort()).toEqual(['ballard-s01', 'desert-star', 'legacy-s03']);
    expect(markById(layout, 'desert-star').x).toBeGreaterThan(markById(layout, 'legacy-s03').x);
    expect(markById(layout, 'ballard-s01').x).toBeGreaterThan(markById(layout, 'desert-star').x);
  });

  it('falls back to the whole universe for an unknown zoom season', () => {
    expect(layoutHelix(index, { mode: 'time', zoom: { seasonId: 'no-such-season' } })).toEqual(layoutHelix(index, { mode: 'time' }));
  });

  it('handles the tiny pack, including an announced season without a date', () => {
    const tiny = indexPack(tinyPack());
    for (const options of [{ mode: 'time' as const }, { mode: 'time' as const, zoom: { seasonId: 'legacy-s02' } }]) checkGeometry(layoutHelix(tiny, options));
  });

  it('keeps its geometry for any plan order over the pack’s items (property)', () => {
    const ids = [...index.episodes.keys(), ...index.novels.keys(), 'desert-star#1-1', 'desert-star#38-54'];
    fc.assert(
      fc.property(fc.shuffledSubarray(ids), (order) => {
        checkGeometry(layoutHelix(index, { mode: 'plan', planOrder: order }));
      }),
      { numRuns: 40 },
    );
  });
});
