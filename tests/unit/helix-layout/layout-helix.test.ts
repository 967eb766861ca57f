import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutHelix } from '../../../src/domain/helix-layout/layout-helix';
import type { HelixLayout, HelixOptions } from '../../../src/domain/helix-layout/types';
import { buildOrderFromIndex } from '../../../src/domain/order/build-order';
import { indexPack } from '../../../src/domain/pack/pack-index';
import { tinyPack } from '../fixtures/tiny-pack';
import { markById, onMark, overlappingSiblings, shippedIndex, textClashes } from './helpers';

const index = shippedIndex();
const helixOrder = buildOrderFromIndex(index, { include: [...index.shows.keys(), ...index.novels.keys()], strategy: 'helix', readingGranularity: 'segment' }).map(
  (e) => e.id,
);

const OPTIONS: Record<string, HelixOptions> = {
  'time, 1200 px': { mode: 'time', width: 1200 },
  'time, 760 px': { mode: 'time', width: 760 },
  'time, 390 px (vertical)': { mode: 'time', width: 390 },
  'time, 360 px (vertical)': { mode: 'time', width: 360 },
  'plan, 1200 px': { mode: 'plan', planOrder: helixOrder, width: 1200 },
  'plan, 390 px (vertical)': { mode: 'plan', planOrder: helixOrder, width: 390 },
  'zoom on Bosch: Legacy S3, 1200 px': { mode: 'time', zoom: { seasonId: 'legacy-s03' }, width: 1200 },
  'zoom on Bosch: Legacy S3, 360 px': { mode: 'time', zoom: { seasonId: 'legacy-s03' }, width: 360 },
  'zoom on Ballard S1, 900 px': { mode: 'time', zoom: { seasonId: 'ballard-s01' }, width: 900 },
  'zoom on Bosch S1, 1200 px': { mode: 'time', zoom: { seasonId: 'bosch-s01' }, width: 1200 },
};

function checkGeometry(layout: HelixLayout) {
  expect(overlappingSiblings(layout)).toEqual([]);
  const byId = new Map(layout.marks.map((m) => [m.id, m]));
  expect(byId.size).toBe(layout.marks.length);
  for (const mark of layout.marks) {
    expect(
      layout.lanes.some((lane) => lane.id === mark.lane && mark.y >= lane.y && mark.y + mark.height <= lane.y + lane.height),
      `${mark.id} in its lane`,
    ).toBe(true);
    expect(mark.width).toBeGreaterThan(0);
    expect(mark.x).toBeGreaterThanOrEqual(0);
    expect(mark.x + mark.width, `${mark.id} inside the width`).toBeLessThanOrEqual(layout.width);
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

/** Every text drawn: whole (no ellipsis), at least 11 px at the default view, inside the picture. */
function checkText(layout: HelixLayout) {
  const texts = [...layout.marks.flatMap((m) => (m.text ? [m.text] : [])), ...layout.lanes.map((l) => l.text), ...layout.ticks.map((t) => t.text)];
  expect(texts.length).toBeGreaterThan(0);
  for (const text of texts) {
    expect(text.size).toBeGreaterThanOrEqual(11);
    expect(text.lines.join(' ')).not.toContain('…');
    expect(text.x).toBeGreaterThanOrEqual(0);
  }
  expect(textClashes(layout)).toEqual([]);
}

describe('layoutHelix', () => {
  describe.each(Object.entries(OPTIONS))('in %s', (_name, options) => {
    it('gives the same layout for the same input', () => {
      expect(layoutHelix(index, options)).toEqual(layoutHelix(index, options));
    });

    it('keeps marks of one lane apart, children inside their parent, and every link end on its mark', () => {
      checkGeometry(layoutHelix(index, options));
    });

    it('draws every label whole, at 11 px or more, and never over a mark, a lane name or another label', () => {
      checkText(layoutHelix(index, options));
    });

    it('fits the width it was made for', () => {
      expect(layoutHelix(index, options).width).toBe(options.width);
    });
  });

  it('labels every season and novel in the universe at 1200 px, beside the mark when it does not fit inside', () => {
    const layout = layoutHelix(index, { mode: 'time', width: 1200 });
    const unlabelled = layout.marks.filter((m) => (m.kind === 'season' || m.kind === 'novel') && !m.text).map((m) => m.id);
    expect(unlabelled).toEqual([]);
    expect(markById(layout, 'the-concrete-blonde').text?.lines).toEqual(['The Concrete Blonde']);
    expect(markById(layout, 'bosch-s01').text?.lines).toEqual(['S1']);
  });

  it('draws one lane per show and per novel series, shows first', () => {
    const layout = layoutHelix(index, { mode: 'time' });
    const ids = layout.lanes.map((l) => l.id);
    expect(ids.slice(0, 4)).toEqual(['show:bosch', 'show:legacy', 'show:ballard', 'show:lincoln']);
    expect(ids).toContain('series:ballard');
    expect(ids).toContain('series:stilwell');
    expect(markById(layout, 'desert-star').lane).toBe('series:ballard');
    expect(layout.orientation).toBe('horizontal');
  });

  it('turns the time axis downwards on a narrow frame: seasons in one column, novels in the other, by year', () => {
    const layout = layoutHelix(index, { mode: 'time', width: 360 });
    expect(layout.orientation).toBe('vertical');
    expect(layout.lanes.map((l) => l.label)).toEqual(['TV and films', 'Novels']);
    const seasons = layout.marks.filter((m) => m.kind === 'season');
    const novels = layout.marks.filter((m) => m.kind === 'novel');
    expect(new Set(seasons.map((m) => m.x)).size).toBe(1);
    expect(new Set(novels.map((m) => m.x)).size).toBe(1);
    expect(seasons[0]!.x).toBeLessThan(novels[0]!.x);
    // Time runs down: The Black Echo (1992) above Bosch S1 (2014) above Desert Star (2022).
    expect(markById(layout, 'the-black-echo').y).toBeLessThan(markById(layout, 'bosch-s01').y);
    expect(markById(layout, 'bosch-s01').y).toBeLessThan(markById(layout, 'desert-star').y);
    expect(markById(layout, 'a-darkness-more-than-night').text?.lines.length).toBeGreaterThan(1);
    expect(layout.ticks.map((t) => t.label)).toContain('2014');
  });

  it('routes every link of the shipped pack in time mode, wide and narrow', () => {
    for (const width of [1200, 360]) {
      const layout = layoutHelix(index, { mode: 'time', width });
      expect(layout.links.map((l) => l.id).sort()).toEqual(index.pack.links.map((l) => l.id).sort());
    }
  });

  it('draws both films in a Films lane at their release dates, linked to the novels they adapt, wide and narrow', () => {
    const wide = layoutHelix(index, { mode: 'time', width: 1200 });
    const films = wide.marks.filter((m) => m.kind === 'film');
    expect(films.map((m) => [m.id, m.lane, m.date])).toEqual([
      ['film-blood-work', 'films', '2002-08-09'],
      ['film-the-lincoln-lawyer', 'films', '2011-03-18'],
    ]);
    expect(wide.lanes.find((l) => l.id === 'films')?.label).toBe('Films');
    // Blood Work (August 2002) sits right of City of Bones (April 2002) on the time axis
    expect(markById(wide, 'film-blood-work').x).toBeGreaterThan(markById(wide, 'city-of-bones').x);
    expect(wide.links.map((l) => l.id)).toContain('adapts-blood-work-film-blood-work');
    const narrow = layoutHelix(index, { mode: 'time', width: 360 });
    expect(narrow.marks.filter((m) => m.kind === 'film').map((m) => m.lane)).toEqual(['column:tv', 'column:tv']);
  });

  it('places seasons in date order and sizes novels by their page count', () => {
    const layout = layoutHelix(index, { mode: 'time', width: 1200 });
    const bosch = layout.marks.filter((m) => m.lane === 'show:bosch');
    expect(bosch.map((m) => m.id)).toEqual(['bosch-s01', 'bosch-s02', 'bosch-s03', 'bosch-s04', 'bosch-s05', 'bosch-s06', 'bosch-s07']);
    for (let i = 1; i < bosch.length; i++) expect((bosch[i]?.x ?? 0) > (bosch[i - 1]?.x ?? 0)).toBe(true);
    // Nine Dragons has 544 pages; The Overlook 240 (both under the smallest mark width would say nothing).
    expect(markById(layout, 'the-overlook').width).toBeLessThanOrEqual(markById(layout, 'nine-dragons').width);
    expect(markById(layout, 'the-poet').approximate).toBe(true);
  });

  it('gives the crowded television years more room than the quiet early ones', () => {
    const layout = layoutHelix(index, { mode: 'time', width: 1200 });
    const perYear = (from: number, to: number) => {
      const a = layout.ticks.find((t) => t.label === String(from));
      const b = layout.ticks.find((t) => t.label === String(to));
      if (!a || !b) throw new Error(`no tick for ${from} or ${to}: ${layout.ticks.map((t) => t.label).join(' ')}`);
      return (b.x1 - a.x1) / (to - from);
    };
    // Years whose ticks have room for a label (the 2011 film's year gets a little wider, hiding the 2014 tick).
    expect(perYear(2015, 2020)).toBeGreaterThan(perYear(1992, 1998) * 1.3);
  });

  it('braids Desert Star: the Gallagher chapters run to Bosch: Legacy S3 and the Pearlman chapters to Ballard S1, in their thread colours', () => {
    for (const width of [1200, 360]) {
      const layout = layoutHelix(index, { mode: 'time', width });
      const gallagher = layout.links.find((l) => l.id === 'adapts-desert-star-ch38-54-legacy-s03');
      const pearlman = layout.links.find((l) => l.id === 'adapts-desert-star-ch03-37-ballard-s01');
      expect(gallagher).toMatchObject({ from: 'desert-star#38-54', to: 'legacy-s03', color: '#d55e00', dotted: false });
      expect(pearlman).toMatchObject({ from: 'desert-star#3-37', to: 'ballard-s01', color: '#0072b2' });
      const leadIn = layout.links.find((l) => l.type === 'leads-into');
      expect(leadIn).toMatchObject({ from: 'legacy-s03', to: 'ballard-s01', arrow: true, dotted: false });
      expect(layout.links.filter((l) => l.type === 'appears-in').every((l) => l.dotted && !l.arrow)).toBe(true);
    }
  });

  it('zooms into a season with its episodes, the novel segments between, and the season they braid into', () => {
    const layout = layoutHelix(index, { mode: 'time', zoom: { seasonId: 'legacy-s03' }, width: 1000 });
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
    expect(markById(layout, 'desert-star#38-54').text?.lines).toEqual(['ch. 38–54']);
    expect(markById(layout, 'legacy-s03e10').text?.lines).toEqual(['E10']);
    expect(layout.links.find((l) => l.type === 'leads-into')).toMatchObject({ from: 'legacy-s03e10', to: 'ballard-s01e01' });
  });

  it('lays out only the plan’s items in plan mode, in plan order', () => {
    const order = ['legacy-s03e01', 'desert-star#38-54', 'legacy-s03e02', 'ballard-s01e01'];
    const layout = layoutHelix(index, { mode: 'plan', planOrder: order });
    expect(layout.marks.filter((m) => !m.parent && m.kind !== 'character').map((m) => m.id).sort()).toEqual(['ballard-s01', 'desert-star', 'legacy-s03']);
    expect(markById(layout, 'desert-star').x).toBeGreaterThan(markById(layout, 'legacy-s03').x);
    expect(markById(layout, 'ballard-s01').x).toBeGreaterThan(markById(layout, 'desert-star').x);
    const narrow = layoutHelix(index, { mode: 'plan', planOrder: order, width: 360 });
    expect(markById(narrow, 'legacy-s03').y).toBeLessThan(markById(narrow, 'desert-star').y);
    expect(markById(narrow, 'desert-star').y).toBeLessThan(markById(narrow, 'ballard-s01').y);
  });

  it('falls back to the whole universe for an unknown zoom season', () => {
    expect(layoutHelix(index, { mode: 'time', zoom: { seasonId: 'no-such-season' } })).toEqual(layoutHelix(index, { mode: 'time' }));
  });

  it('handles the tiny pack, including an announced season without a date', () => {
    const tiny = indexPack(tinyPack());
    for (const width of [1200, 360]) {
      for (const options of [{ mode: 'time' as const, width }, { mode: 'time' as const, zoom: { seasonId: 'legacy-s02' }, width }]) {
        const layout = layoutHelix(tiny, options);
        checkGeometry(layout);
        checkText(layout);
      }
    }
  });

  it('keeps its geometry and its labels clear for any plan order and any width (property)', () => {
    const ids = [...index.episodes.keys(), ...index.novels.keys(), 'desert-star#1-1', 'desert-star#38-54'];
    fc.assert(
      fc.property(fc.shuffledSubarray(ids, { minLength: 1 }), fc.integer({ min: 300, max: 1600 }), (order, width) => {
        const layout = layoutHelix(index, { mode: 'plan', planOrder: order, width });
        checkGeometry(layout);
        checkText(layout);
      }),
      { numRuns: 40 },
    );
  });
});
