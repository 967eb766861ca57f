import { describe, expect, it } from 'vitest';
import { budgetedDaysBetween, paceStatus } from '../../../src/domain/schedule/schedule-status';
import { pace } from './fixtures';

const NIGHTLY = pace([50, 50, 50, 50, 50, 50, 50]);
const WEEKENDS = pace([0, 0, 0, 0, 0, 300, 300]);
// 2026-11-23 is a Monday.
const MONDAY = '2026-11-23';

describe('paceStatus', () => {
  it('is on pace when the first thing left was planned for today', () => {
    expect(paceStatus(NIGHTLY, MONDAY, '2026-11-25', true, '2026-11-25')).toEqual({ kind: 'on-pace' });
  });

  it('is on pace, not ahead, when today’s share is done early and the next item is tomorrow’s', () => {
    expect(paceStatus(NIGHTLY, MONDAY, '2026-11-25', true, '2026-11-26')).toEqual({ kind: 'on-pace' });
  });

  it('counts the budgeted days after today before the first thing left was planned as days ahead', () => {
    expect(paceStatus(NIGHTLY, MONDAY, '2026-11-25', true, '2026-11-29')).toEqual({ kind: 'ahead', days: 3, plannedDate: '2026-11-29' });
  });

  it('counts the budgeted days missed since the first thing left was due as days behind', () => {
    // Due Tuesday 24th: Tuesday, Wednesday and Thursday have passed by Friday.
    expect(paceStatus(NIGHTLY, MONDAY, '2026-11-27', true, '2026-11-24')).toEqual({ kind: 'behind', days: 3, plannedDate: '2026-11-24' });
  });

  it('counts only days with a budget, so a quiet week after a missed weekend is one weekend behind', () => {
    expect(paceStatus(WEEKENDS, MONDAY, '2026-12-04', true, '2026-11-28')).toEqual({ kind: 'behind', days: 2, plannedDate: '2026-11-28' });
    // and a week day before the next planned weekend is not "ahead"
    expect(paceStatus(WEEKENDS, MONDAY, '2026-12-02', true, '2026-12-05')).toEqual({ kind: 'on-pace' });
  });

  it('says the plan has not started while the start date is to come, and finished when nothing is left', () => {
    expect(paceStatus(NIGHTLY, MONDAY, '2026-11-01', true, MONDAY)).toEqual({ kind: 'not-started' });
    expect(paceStatus(NIGHTLY, MONDAY, '2027-06-01', false, null)).toEqual({ kind: 'finished' });
  });

  it('is on pace when the plan as set has no date for what is left', () => {
    expect(paceStatus(pace([0, 0, 0, 0, 0, 0, 0]), MONDAY, '2027-06-01', true, null)).toEqual({ kind: 'on-pace' });
  });
});

describe('budgetedDaysBetween', () => {
  it('counts days with a budget from the first date up to, not including, the second', () => {
    expect(budgetedDaysBetween(NIGHTLY, MONDAY, MONDAY)).toBe(0);
    expect(budgetedDaysBetween(NIGHTLY, MONDAY, '2026-11-24')).toBe(1);
    expect(budgetedDaysBetween(WEEKENDS, MONDAY, '2026-11-29')).toBe(1);
    expect(budgetedDaysBetween(WEEKENDS, MONDAY, '2026-11-30')).toBe(2);
    expect(budgetedDaysBetween(WEEKENDS, '2026-11-29', '2027-11-29')).toBe(2 * 52 + 1);
    expect(budgetedDaysBetween(NIGHTLY, '2026-11-29', MONDAY)).toBe(0);
  });

  it('agrees with counting day by day', () => {
    const week = pace([30, 0, 45, 0, 0, 120, 0]);
    let byHand = 0;
    for (let day = 0; day < 40; day++) {
      const date = new Date(Date.UTC(2026, 10, 23 + day));
      if (week.minutesPerWeekday[(date.getUTCDay() + 6) % 7]! > 0) byHand++;
    }
    expect(budgetedDaysBetween(week, MONDAY, '2027-01-02')).toBe(byHand);
  });
});
