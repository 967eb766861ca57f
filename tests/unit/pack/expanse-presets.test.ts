import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildOrderFromIndex } from '../../../src/domain/order/build-order';
import { layoutHelix } from '../../../src/domain/helix-layout/layout-helix';
import { parseAndIndexPack } from '../../../src/domain/pack/parse-pack';
import { DEFAULT_PACE } from '../../../src/domain/plan/plan';
import { presetSpec } from '../../../src/domain/plan/presets';
import { buildSchedule } from '../../../src/domain/schedule/build-schedule';

const index = parseAndIndexPack(JSON.parse(readFileSync('public/data/expanse.json', 'utf8')) as unknown);
const orderOf = (presetId: string) => {
  const preset = index.manifest.presets.find((p) => p.id === presetId);
  if (!preset) throw new Error(`no preset ${presetId}`);
  return buildOrderFromIndex(index, presetSpec(index.pack, preset));
};
const ids = (presetId: string) => orderOf(presetId).map((entry) => entry.id);
const before = (list: string[], a: string, b: string) => list.indexOf(a) !== -1 && list.indexOf(a) < list.indexOf(b);

describe('The Expanse presets, as a fan would expect them', () => {
  it('reads each adapted novel just before the first episode drawn from it', () => {
    const order = ids('book-before-its-episodes');
    expect(order.slice(0, 2)).toEqual(['leviathan-wakes', 'expanse-s01e01']);
    // Season 2 changes book after five episodes; season 3 after six.
    expect(order.slice(order.indexOf('expanse-s02e05'), order.indexOf('expanse-s02e05') + 3)).toEqual(['expanse-s02e05', 'calibans-war', 'expanse-s02e06']);
    expect(order.slice(order.indexOf('expanse-s03e06'), order.indexOf('expanse-s03e06') + 3)).toEqual(['expanse-s03e06', 'abaddons-gate', 'expanse-s03e07']);
    expect(before(order, 'cibola-burn', 'expanse-s04e01')).toBe(true);
    expect(before(order, 'nemesis-games', 'expanse-s05e01')).toBe(true);
    expect(before(order, 'babylons-ashes', 'expanse-s06e01')).toBe(true);
    // Books no season draws on are not in it.
    expect(order).not.toContain('persepolis-rising');
  });

  it('puts each novel after the first episodes drawn from it when watching first', () => {
    const order = ids('watch-then-read');
    expect(order[0]).toBe('expanse-s01e01');
    expect(before(order, 'expanse-s01e10', 'leviathan-wakes')).toBe(true);
    expect(before(order, 'expanse-s02e06', 'calibans-war')).toBe(true);
  });

  it('has just the show’s 62 episodes by air date, and every book in publication order', () => {
    expect(ids('just-the-show')).toHaveLength(62);
    const books = ids('the-books');
    expect(books).toHaveLength(17);
    expect(books.slice(0, 3)).toEqual(['leviathan-wakes', 'the-butcher-of-anderson-station', 'calibans-war']);
    expect(books.at(-1)).toBe('the-sins-of-our-fathers');
  });

  it('schedules the book-first plan day by day from its start date', () => {
    const entries = orderOf('book-before-its-episodes');
    const schedule = buildSchedule(entries, DEFAULT_PACE, '2026-12-07', () => false);
    const scheduled = schedule.days.flatMap((day) => day.items.map((item) => item.entryId));
    expect(new Set(scheduled)).toEqual(new Set(entries.map((entry) => entry.id)));
    expect(schedule.days[0]?.date).toBe('2026-12-07');
  });

  it('draws the Helix picture with a lane for the show and one for the novels, linked season to book', () => {
    const layout = layoutHelix(index, { mode: 'time', planOrder: [], zoom: null, width: 1200 });
    expect(layout.lanes.map((lane) => lane.label)).toEqual(['The Expanse', 'The Expanse novels']);
    expect(layout.links.length).toBeGreaterThan(0);
  });
});
