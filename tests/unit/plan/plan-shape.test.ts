import { describe, expect, it } from 'vitest';
import type { OrderSpec } from '../../../src/domain/order/types';
import type { Plan } from '../../../src/domain/plan/plan';
import { planOfShape, sameShape } from '../../../src/domain/plan/plan-shape';

const helix: OrderSpec = { include: ['legacy-s03', 'ballard-s01', 'desert-star'], strategy: 'helix', readingGranularity: { chapters: 4 } };

const plan = (id: string, spec: OrderSpec, updatedAt = 1): Plan => ({
  id,
  name: id,
  packId: 'connelly',
  dataVersion: '2026-01-01',
  spec,
  pace: { minutesPerWeekday: [60, 60, 60, 60, 60, 120, 120], pagesPerHour: 40 },
  startDate: '2026-03-02',
  createdAt: 1,
  updatedAt,
});

describe('sameShape', () => {
  it('matches the same items in any order with the same strategy and reading steps', () => {
    expect(sameShape(helix, { ...helix, include: ['desert-star', 'legacy-s03', 'ballard-s01'], pagesPerHour: 30 })).toBe(true);
  });

  it('tells apart other items, strategies, reading steps and series orders', () => {
    expect(sameShape(helix, { ...helix, include: ['legacy-s03', 'ballard-s01'] })).toBe(false);
    expect(sameShape(helix, { ...helix, strategy: 'release' })).toBe(false);
    expect(sameShape(helix, { ...helix, readingGranularity: { chapters: 5 } })).toBe(false);
    const series: OrderSpec = { ...helix, strategy: 'series', seriesOrder: ['legacy', 'ballard'] };
    expect(sameShape(series, { ...series, seriesOrder: ['ballard', 'legacy'] })).toBe(false);
    expect(sameShape(series, { ...series })).toBe(true);
  });
});

describe('planOfShape', () => {
  it('prefers the active plan, then the one changed last, and finds none when no plan has the shape', () => {
    const plans = [plan('old', helix, 1), plan('new', helix, 5), plan('other', { ...helix, strategy: 'release' }, 9)];
    expect(planOfShape(plans, helix, 'old')?.id).toBe('old');
    expect(planOfShape(plans, helix, 'other')?.id).toBe('new');
    expect(planOfShape(plans, { ...helix, include: ['bosch'] }, 'old')).toBeUndefined();
  });
});
