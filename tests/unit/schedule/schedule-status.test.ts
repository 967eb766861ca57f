import { describe, expect, it } from 'vitest';
import { buildSchedule } from '../../../src/domain/schedule/build-schedule';
import { budgetedDaysBetween, scheduleStatus } from '../../../src/domain/schedule/schedule-status';
import { doneIds, episode, nothingDone, pace } from './fixtures';

const NIGHTLY = pace([50, 50, 50, 50, 50, 50, 50]);
const WEEKENDS = pace([0, 0, 0, 0, 0, 300, 300]);
const season = Array.from({ length: 10 }, (_, i) => episode('bosch', 1, i + 1, 50));
// 2026-11-23 is a Monday.
const MONDAY = '2026-11-23';

describe('scheduleStatus', () => {
  it('is not behind when everything due before today is done', () => {
    const status = scheduleStatus(season, NIGHTLY, MONDAY, doneIds('bosch-s01e01', 'bosch-s01e02'), '2026-11-25');
    expect(status.behindDays).toBe(0);
    expect(status.plannedDate).toBe('2026-11-25');
  });

  it('counts the budgeted days missed since the first undone item was due', () => {
    const status = scheduleStatus(season, NIGHTLY, MONDAY, doneIds('bosch-s01e01'), '2026-11-27');
    // Episode 2 was due on Tuesday 24th: Tuesday, Wednesday and Thursday have passed.
    expect(status.plannedDate).toBe('2026-11-24');
    expect(status.behindDays).toBe(3);
  });

  it('counts only days with a budget, so a quiet week after a missed weekend is one weekend behind', () => {
    const status = scheduleStatus(season, WEEKENDS, MONDAY, nothingDone, '2026-12-04');
    expect(status.plannedDate).toBe('2026-11-28');
    expect(status.behindDays).toBe(2);
  });

  it('replans what is left from today', () => {
    const done = doneIds('bosch-s01e01');
    const status = scheduleStatus(season, NIGHTLY, MONDAY, done, '2026-11-27');
    expect(status.replanned).toEqual(buildSchedule(season, NIGHTLY, '2026-11-27', done));
    expect(status.replanned.days[0]?.items[0]?.entryId).toBe('bosch-s01e02');
    expect(status.replanned.finishDate).toBe('2026-12-05');
  });

  it('replans from the start date while the plan has not started yet', () => {
    const status = scheduleStatus(season, NIGHTLY, MONDAY, nothingDone, '2026-11-01');
    expect(status.behindDays).toBe(0);
    expect(status.replanned.days[0]?.date).toBe(MONDAY);
  });

  it('is never behind when everything is done', () => {
    const status = scheduleStatus(season, NIGHTLY, MONDAY, () => true, '2027-06-01');
    expect(status).toEqual({ behindDays: 0, plannedDate: null, replanned: buildSchedule(season, NIGHTLY, '2027-06-01', () => true) });
  });

  it('is not behind when the pace has no budget at all', () => {
    const status = scheduleStatus(season, pace([0, 0, 0, 0, 0, 0, 0]), MONDAY, nothingDone, '2027-06-01');
    expect(status.behindDays).toBe(0);
    expect(status.replanned.finishDate).toBeNull();
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
