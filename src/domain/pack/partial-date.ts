/**
 * Publication dates are sometimes known only to the year or month ("1996", "2002-10").
 * A partial date sorts as the first day of its span, with the precision as tie-breaker,
 * so "2002-10" sorts after "2002-04-16" and before "2002-10-05".
 */
export const PARTIAL_DATE_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

export type DatePrecision = 'year' | 'month' | 'day';

export function isPartialDate(text: string): boolean {
  if (!PARTIAL_DATE_PATTERN.test(text)) return false;
  if (text.length < 10) return true;
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function datePrecision(text: string): DatePrecision {
  return text.length === 4 ? 'year' : text.length === 7 ? 'month' : 'day';
}

/** A sortable day number (days since 1970-01-01, UTC) of the first day the partial date covers. */
export function dateSortKey(text: string): number {
  const [y = 1970, m = 1, d = 1] = text.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

/** Orders partial dates: earlier first; at the same start, the more precise one first. */
export function comparePartialDates(a: string, b: string): number {
  return dateSortKey(a) - dateSortKey(b) || b.length - a.length;
}
