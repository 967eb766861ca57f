import { describe, expect, it } from 'vitest';
import { layoutHelix } from '../../../src/domain/helix-layout/layout-helix';
import { findByName, neighbour, readingOrder } from '../../../src/domain/helix-layout/mark-navigation';
import { planEntryOfMark } from '../../../src/domain/helix-layout/plan-entry-of-mark';
import { textWidth, wrapText } from '../../../src/domain/helix-layout/text-measure';
import { buildOrderFromIndex } from '../../../src/domain/order/build-order';
import { markById, shippedIndex } from './helpers';

const index = shippedIndex();
const wide = layoutHelix(index, { mode: 'time', width: 1200 });
const zoom = layoutHelix(index, { mode: 'time', zoom: { seasonId: 'legacy-s03' }, width: 1000 });
const narrow = layoutHelix(index, { mode: 'time', width: 360 });
const go = (layout: typeof wide, from: string, direction: Parameters<typeof neighbour>[2]) => neighbour(layout.marks, from, direction)?.id;

describe('moving between marks with the arrow keys', () => {
  it('steps along a season’s episodes with → and ←, entering the season from its start', () => {
    expect(go(zoom, 'legacy-s03e04', 'right')).toBe('legacy-s03e05');
    expect(go(zoom, 'legacy-s03e05', 'left')).toBe('legacy-s03e04');
    expect(go(zoom, 'legacy-s03e01', 'left')).toBe('legacy-s03');
    expect(go(zoom, 'legacy-s03', 'right')).toBe('legacy-s03e01');
  });

  it('goes to the lane below with ↓ and stays on its row with →', () => {
    expect(go(zoom, 'legacy-s03e10', 'down')).toBe('desert-star#38-54');
    expect(go(zoom, 'legacy-s03e02', 'down')).toBe('desert-star#3-37');
    expect(markById(wide, go(wide, 'bosch-s01', 'right') ?? '').lane).toBe('show:bosch');
  });

  it('crosses from the seasons column to the novels column on a phone', () => {
    expect(markById(narrow, go(narrow, 'bosch-s01', 'right') ?? '').kind).toBe('novel');
    expect(go(narrow, 'the-black-echo', 'down')).toBe('the-black-ice');
  });

  it('stops at the edge of the picture', () => {
    const first = readingOrder(zoom.marks)[0];
    expect(first?.id).toBe('legacy-s03');
    expect(go(zoom, 'legacy-s03', 'up')).toBeUndefined();
  });

  it('jumps to a mark by the start of its name or of a word in it, after the current one', () => {
    expect(findByName(wide.marks, 'desert', null)?.id).toBe('desert-star');
    expect(findByName(wide.marks, 'BLACK', null)?.label).toMatch(/^The Black|^Black/);
    expect(findByName(wide.marks, 'echo', null)?.id).toBe('echo-park');
    expect(findByName(wide.marks, 'poet', null)?.id).toBe('the-poet');
    const first = findByName(wide.marks, 'the b', null);
    const second = findByName(wide.marks, 'the b', first?.id ?? null);
    expect(second?.id).not.toBe(first?.id);
    expect(second?.label.toLowerCase().startsWith('the b')).toBe(true);
    expect(findByName(wide.marks, 'zzz', null)).toBeNull();
  });
});

describe('the plan entry a mark stands for', () => {
  const entries = buildOrderFromIndex(index, { include: ['legacy-s03', 'ballard-s01', 'desert-star'], strategy: 'helix', readingGranularity: { chapters: 4 } });

  it('is the episode, a season’s first episode, or the first block sharing a chapter with a segment', () => {
    expect(planEntryOfMark(index, markById(zoom, 'legacy-s03e07'), entries)?.id).toBe('legacy-s03e07');
    expect(planEntryOfMark(index, markById(wide, 'ballard-s01'), entries)?.id).toBe('ballard-s01e01');
    expect(planEntryOfMark(index, markById(wide, 'desert-star#38-54'), entries)?.id).toBe('desert-star#38-41');
    expect(planEntryOfMark(index, markById(wide, 'desert-star'), entries)?.id).toBe('desert-star#1-1');
  });

  it('is null for what the plan does not hold, and for characters', () => {
    expect(planEntryOfMark(index, markById(wide, 'the-black-echo'), entries)).toBeNull();
    expect(planEntryOfMark(index, markById(wide, 'bosch-s01'), entries)).toBeNull();
    expect(planEntryOfMark(index, markById(wide, 'harry-bosch'), entries)).toBeNull();
  });
});

describe('label measuring', () => {
  it('measures wider text as wider, bold wider than regular, and scales with the size', () => {
    expect(textWidth('The Concrete Blonde', 12)).toBeGreaterThan(textWidth('The Poet', 12));
    expect(textWidth('Bosch', 12, true)).toBeGreaterThan(textWidth('Bosch', 12));
    expect(textWidth('Bosch', 24)).toBeCloseTo(textWidth('Bosch', 12) * 2);
    expect(textWidth('Renée', 12)).toBeGreaterThan(0);
  });

  it('wraps by words within the width, and refuses rather than cutting a word or exceeding the lines', () => {
    const lines = wrapText('A Darkness More Than Night', 110, 12, 3);
    expect(lines?.length).toBeGreaterThan(1);
    expect(lines?.join(' ')).toBe('A Darkness More Than Night');
    for (const line of lines ?? []) expect(textWidth(line, 12)).toBeLessThanOrEqual(110);
    expect(wrapText('Supercalifragilistic', 40, 12, 3)).toBeNull();
    expect(wrapText('one two three four five six', 30, 12, 2)).toBeNull();
  });
});
