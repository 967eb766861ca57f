import { datePrecision } from '../domain/pack/partial-date';

const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "8 Nov 2022", "Oct 2002" or "1996" for a partial date. */
export function formatPartialDate(text: string): string {
  const precision = datePrecision(text);
  if (precision === 'year') return text;
  const [y = 0, m = 1, d = 1] = text.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return precision === 'month' ? MONTH.format(date) : DAY.format(date);
}

/** "45 min", "1 h 30 min" */
export function formatMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = Math.round(minutes % 60);
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

let numbers: Intl.NumberFormat | null = null;

/** "1 episode", "3 episodes" */
export function plural(count: number, one: string, many = `${one}s`): string {
  // One formatter for every call (toLocaleString builds one each time: slow in lists and summaries).
  numbers ??= new Intl.NumberFormat('en-GB');
  return `${numbers.format(count)} ${count === 1 ? one : many}`;
}

/** A source URL shown as its host name. */
export function sourceHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
