import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparePartialDates, datePrecision, dateSortKey, isPartialDate } from '../../src/domain/pack/partial-date';

/** Valid partial dates between 1900 and 2100: a day, cut to a month or a year one time in three. */
const dayDate = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const partialDate = fc.tuple(dayDate, fc.constantFrom(4, 7, 10)).map(([day, length]) => day.slice(0, length));

const sign = (n: number) => Math.sign(n);

describe('isPartialDate', () => {
  it('accepts a year, a year and month, or a full day', () => {
    for (const text of ['1996', '2002-10', '2022-11-08', '2024-02-29']) expect(isPartialDate(text), text).toBe(true);
  });

  it('rejects days that do not exist in the calendar', () => {
    for (const text of ['2023-02-29', '2022-04-31', '2022-11-31', '1900-02-29']) expect(isPartialDate(text), text).toBe(false);
  });

  it('rejects months and days out of range or not zero-padded', () => {
    for (const text of ['2022-13', '2022-00', '2022-11-00', '2022-1-05', '2022-11-8', '22-11-08']) {
      expect(isPartialDate(text), text).toBe(false);
    }
  });

  it('rejects text around a date and other formats', () => {
    for (const text of ['', ' 2022', '2022 ', '2022-11-08T00:00', '2022/11/08', 'November 2022', '20221108']) {
      expect(isPartialDate(text), text).toBe(false);
    }
  });

  it('accepts every real calendar day and its month and year', () => {
    fc.assert(fc.property(partialDate, (text) => isPartialDate(text)));
  });
});

describe('datePrecision', () => {
  it('tells a year, a month and a day apart', () => {
    expect(datePrecision('1996')).toBe('year');
    expect(datePrecision('2002-10')).toBe('month');
    expect(datePrecision('2022-11-08')).toBe('day');
  });
});

describe('dateSortKey', () => {
  it('counts days from 1970-01-01 to the first day a date covers', () => {
    expect(dateSortKey('1970-01-01')).toBe(0);
    expect(dateSortKey('1970')).toBe(0);
    expect(dateSortKey('1970-02')).toBe(31);
    expect(dateSortKey('1969-12-31')).toBe(-1);
  });

  it('agrees with the calendar for every full day', () => {
    fc.assert(fc.property(dayDate, (day) => dateSortKey(day) === Date.parse(`${day}T00:00:00Z`) / 86_400_000));
  });
});

describe('comparePartialDates', () => {
  it('puts a month after an earlier day of another month and before a later day of the same month', () => {
    expect(comparePartialDates('2002-10', '2002-04-16')).toBeGreaterThan(0);
    expect(comparePartialDates('2002-10', '2002-10-05')).toBeLessThan(0);
  });

  it('puts the more precise date first when both start on the same day', () => {
    const sorted = ['2002', '2002-01', '2002-01-01'].sort(comparePartialDates);
    expect(sorted).toEqual(['2002-01-01', '2002-01', '2002']);
  });

  it('orders publication dates of the Connelly novels as their release', () => {
    const dates = ['2002-10', '1996', '2002-04-16', '2011-11', '2011-04-05', '1995-06-01'];
    expect([...dates].sort(comparePartialDates)).toEqual(['1995-06-01', '1996', '2002-04-16', '2002-10', '2011-04-05', '2011-11']);
  });

  it('places a partial date after the first day it covers and before the day after', () => {
    fc.assert(
      fc.property(partialDate, (text) => {
        const first = new Date(dateSortKey(text) * 86_400_000).toISOString().slice(0, 10);
        const next = new Date((dateSortKey(text) + 1) * 86_400_000).toISOString().slice(0, 10);
        if (text === first) return comparePartialDates(text, next) < 0;
        return comparePartialDates(first, text) < 0 && comparePartialDates(text, next) < 0;
      }),
    );
  });

  it('is reflexive and antisymmetric, and equal only for the same text', () => {
    fc.assert(
      fc.property(partialDate, partialDate, (a, b) => {
        expect(comparePartialDates(a, a)).toBe(0);
        expect(sign(comparePartialDates(a, b))).toBe(-sign(comparePartialDates(b, a)) || 0);
        expect(comparePartialDates(a, b) === 0).toBe(a === b);
      }),
    );
  });

  it('is transitive', () => {
    fc.assert(
      fc.property(partialDate, partialDate, partialDate, (a, b, c) => {
        if (comparePartialDates(a, b) <= 0 && comparePartialDates(b, c) <= 0) {
          expect(comparePartialDates(a, c)).toBeLessThanOrEqual(0);
        }
      }),
    );
  });

  it('sorts any shuffle of the same dates into the same order, each neighbour in order', () => {
    fc.assert(
      fc.property(
        fc.array(partialDate, { maxLength: 30 }).chain((dates) => fc.tuple(fc.constant(dates), fc.shuffledSubarray(dates, { minLength: dates.length }))),
        ([dates, shuffled]) => {
          const sorted = [...dates].sort(comparePartialDates);
          expect([...shuffled].sort(comparePartialDates)).toEqual(sorted);
          for (let i = 1; i < sorted.length; i++) expect(comparePartialDates(sorted[i - 1]!, sorted[i]!)).toBeLessThanOrEqual(0);
        },
      ),
    );
  });
});
