import { afterEach, describe, expect, it } from 'vitest';
import { buildSchedule } from '../../../src/domain/schedule/build-schedule';
import {
  addCalendarDays,
  calendarDaysBetween,
  calendarDateToNoon,
  isCalendarDate,
  weekdayIndex,
} from '../../../src/domain/schedule/calendar-date';
import { episode, nothingDone, pace } from './fixtures';

const originalZone = process.env.TZ;

// Zones whose clocks change around the test dates: the US on 2026-03-08 and 2026-11-01,
// Europe on 2026-03-29 and 2026-10-25; Santiago changes at midnight, which is the nastiest case.
const ZONES = ['America/Los_Angeles', 'Europe/Berlin', 'America/Santiago', 'Australia/Lord_Howe', 'UTC'];

function inZone<T>(zone: string, run: () => T): T {
  process.env.TZ = zone;
  return run();
}

afterEach(() => {
  if (originalZone === undefined) delete process.env.TZ;
  else process.env.TZ = originalZone;
});

function everyDateBetween(first: string, last: string): string[] {
  const days: string[] = [];
  for (let date = first; date <= last; date = addCalendarDays(date, 1)) days.push(date);
  return days;
}

describe('calendar dates', () => {
  it('switches the process time zone for these tests (else the DST tests would prove nothing)', () => {
    inZone('America/Los_Angeles', () => {
      expect(new Date(2026, 0, 15).getTimezoneOffset()).not.toBe(new Date(2026, 6, 15).getTimezoneOffset());
    });
  });

  it.each(ZONES)('steps day by day across both 2026 daylight-saving changes in %s', (zone) => {
    inZone(zone, () => {
      const march = everyDateBetween('2026-03-06', '2026-03-31');
      expect(march).toHaveLength(26);
      expect(new Set(march).size).toBe(26);
      expect(march).toContain('2026-03-08');
      expect(march).toContain('2026-03-29');
      const autumn = everyDateBetween('2026-10-23', '2026-11-03');
      expect(autumn).toEqual([
        '2026-10-23', '2026-10-24', '2026-10-25', '2026-10-26', '2026-10-27', '2026-10-28',
        '2026-10-29', '2026-10-30', '2026-10-31', '2026-11-01', '2026-11-02', '2026-11-03',
      ]);
    });
  });

  it.each(ZONES)('schedules each day exactly once across daylight-saving changes in %s', (zone) => {
    inZone(zone, () => {
      const entries = Array.from({ length: 70 }, (_, i) => episode('bosch', 1, i + 1, 60));
      const schedule = buildSchedule(entries, pace([60, 60, 60, 60, 60, 60, 60]), '2026-03-01', nothingDone);
      expect(schedule.days.map((day) => day.date)).toEqual(everyDateBetween('2026-03-01', '2026-05-09'));
      expect(schedule.days.every((day) => day.items.length === 1)).toBe(true);
      // 2026-03-09 is a Monday, 2026-03-29 and 2026-11-01 are Sundays.
      expect(schedule.days.find((day) => day.date === '2026-03-09')?.weekday).toBe(0);
      expect(schedule.days.find((day) => day.date === '2026-03-29')?.weekday).toBe(6);
      const autumn = buildSchedule(entries.slice(0, 14), pace([60, 60, 60, 60, 60, 60, 60]), '2026-10-22', nothingDone);
      expect(autumn.days.map((day) => day.date)).toEqual(everyDateBetween('2026-10-22', '2026-11-04'));
      expect(autumn.days.find((day) => day.date === '2026-11-01')?.weekday).toBe(6);
    });
  });

  it('counts calendar days between dates regardless of the clock change', () => {
    inZone('Europe/Berlin', () => {
      expect(calendarDaysBetween('2026-03-28', '2026-03-30')).toBe(2);
      expect(calendarDaysBetween('2026-10-26', '2026-10-24')).toBe(-2);
    });
  });

  it('numbers weekdays from Monday = 0 to Sunday = 6', () => {
    expect(weekdayIndex(calendarDateToNoon('2026-11-23'))).toBe(0);
    expect(weekdayIndex(calendarDateToNoon('2026-11-29'))).toBe(6);
  });

  it('accepts only real YYYY-MM-DD dates', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('0042-01-01')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(isCalendarDate('2026-1-01')).toBe(false);
    expect(isCalendarDate('2026-01-01T00:00')).toBe(false);
    expect(calendarDateToNoon('0042-01-01').getFullYear()).toBe(42);
  });
});
