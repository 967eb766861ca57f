import type { OrderSpec, ReadingGranularity } from '../order/types';
import { STRATEGIES } from '../order/types';
import { DEFAULT_PACE, type Pace } from '../plan/plan';
import { ByteReader, ByteWriter, ShareFormatError } from './bytes';
import { readIdSet, writeIdSet } from './id-set';
import type { SharePayload } from './share-types';
import { SymbolReader, SymbolWriter } from './symbol-table';
import { V1_DICTIONARY } from './v1-dictionary';

/**
 * Share format v1, binary body (before base64url). FROZEN once released: change it only by adding
 * a version 2 next to it. Layout:
 *   flags byte (1 custom pace, 2 spec.pagesPerHour, 4 seriesOrder, 8 progress, 16 pace.splitReading)
 *   strategy byte (index in STRATEGIES) | granularity kind << 3 (book, segment, chapters, pages)
 *   [granularity size]  packId symbol  dataVersion date  name text  startDate date
 *   [7 weekday minutes, pagesPerHour]  [splitReading byte]  [spec.pagesPerHour]  [seriesOrder: count, symbols]
 *   include id set  [progress id set]
 */
const CUSTOM_PACE = 1;
const SPEC_PAGES_PER_HOUR = 2;
const SERIES_ORDER = 4;
const PROGRESS = 8;
/** pace.splitReading is set; its value follows as one byte (0 or 1). */
const SPLIT_READING = 16;

/** Most ids a link may expand to: far above any real plan, low enough to keep decoding cheap. */
export const MAX_LINK_IDS = 20_000;

export function writeBodyV1(payload: SharePayload): Uint8Array {
  const out = new ByteWriter();
  const symbols = new SymbolWriter(out, V1_DICTIONARY);
  const { spec, pace } = payload;
  const customPace = !samePace(pace, DEFAULT_PACE);
  out.byte(
    (customPace ? CUSTOM_PACE : 0) |
      (spec.pagesPerHour !== undefined ? SPEC_PAGES_PER_HOUR : 0) |
      (spec.seriesOrder !== undefined ? SERIES_ORDER : 0) |
      (payload.progress !== undefined ? PROGRESS : 0) |
      (pace.splitReading !== undefined ? SPLIT_READING : 0),
  );
  const granularity = spec.readingGranularity;
  const kind = granularity === 'book' ? 0 : granularity === 'segment' ? 1 : 'chapters' in granularity ? 2 : 3;
  out.byte(STRATEGIES.indexOf(spec.strategy) | (kind << 3));
  if (typeof granularity === 'object') out.uint('chapters' in granularity ? granularity.chapters : granularity.pages);
  symbols.write(payload.packId);
  writeDate(out, payload.dataVersion);
  out.text(payload.name);
  writeDate(out, payload.startDate);
  if (customPace) {
    for (const minutes of pace.minutesPerWeekday) out.uint(minutes);
    out.uint(pace.pagesPerHour);
  }
  if (pace.splitReading !== undefined) out.byte(pace.splitReading ? 1 : 0);
  if (spec.pagesPerHour !== undefined) out.uint(spec.pagesPerHour);
  if (spec.seriesOrder !== undefined) {
    out.uint(spec.seriesOrder.length);
    for (const id of spec.seriesOrder) symbols.write(id);
  }
  writeIdSet(out, symbols, spec.include);
  if (payload.progress !== undefined) writeIdSet(out, symbols, payload.progress);
  return out.finish();
}

/** Reads a v1 body. Throws ShareFormatError; the result still needs schema validation. */
export function readBodyV1(bytes: Uint8Array): SharePayload {
  const input = new ByteReader(bytes);
  const symbols = new SymbolReader(input, V1_DICTIONARY);
  const budget = { left: MAX_LINK_IDS };
  const flags = input.byte();
  if (flags > 31) throw new ShareFormatError('unknown flags');
  const strategyByte = input.byte();
  const strategy = STRATEGIES[strategyByte & 7];
  if (!strategy || strategyByte >> 5) throw new ShareFormatError('unknown strategy');
  const kind = (strategyByte >> 3) & 3;
  const readingGranularity: ReadingGranularity =
    kind === 0 ? 'book' : kind === 1 ? 'segment' : kind === 2 ? { chapters: input.uint(100_000) } : { pages: input.uint(100_000) };
  const packId = symbols.read();
  const dataVersion = readDate(input);
  const name = input.text(400);
  const startDate = readDate(input);
  let pace: Pace = DEFAULT_PACE;
  if (flags & CUSTOM_PACE) {
    const week = Array.from({ length: 7 }, () => input.uint(100_000));
    pace = { minutesPerWeekday: week as unknown as Pace['minutesPerWeekday'], pagesPerHour: input.uint(100_000) };
  }
  if (flags & SPLIT_READING) {
    const split = input.byte();
    if (split > 1) throw new ShareFormatError('invalid split flag');
    pace = { ...pace, splitReading: split === 1 };
  }
  const spec: OrderSpec = { include: [], strategy, readingGranularity };
  if (flags & SPEC_PAGES_PER_HOUR) spec.pagesPerHour = input.uint(100_000);
  if (flags & SERIES_ORDER) {
    const count = input.uint(1000);
    spec.seriesOrder = Array.from({ length: count }, () => symbols.read());
  }
  spec.include = readIdSet(input, symbols, budget);
  const payload: SharePayload = { packId, dataVersion, name, spec, pace, startDate };
  if (flags & PROGRESS) payload.progress = readIdSet(input, symbols, budget);
  if (!input.done) throw new ShareFormatError('unexpected data at the end');
  return payload;
}

function samePace(a: Pace, b: Pace): boolean {
  return a.pagesPerHour === b.pagesPerHour && a.minutesPerWeekday.every((m, i) => m === b.minutesPerWeekday[i]);
}

/**
 * Dates: varint 0 then the text, or 1 + ((year * 13 + month) * 32 + day) with month/day 0 when
 * absent, so "2026-11-26", "2026-11" and "2026" cost four bytes instead of ten.
 */
function writeDate(out: ByteWriter, text: string): void {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (m) {
    const [year, month, day] = [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0)];
    if (month <= 12 && day <= 31 && (day === 0 || month > 0)) {
      out.uint(1 + (year * 13 + month) * 32 + day);
      return;
    }
  }
  out.uint(0);
  out.text(text);
}

function readDate(input: ByteReader): string {
  const packed = input.uint(1 + (9999 * 13 + 12) * 32 + 31);
  if (packed === 0) return input.text(40);
  const value = packed - 1;
  const day = value % 32;
  const month = Math.floor(value / 32) % 13;
  const year = Math.floor(value / 32 / 13);
  if (month === 0 && day > 0) throw new ShareFormatError('invalid date');
  const two = (n: number) => String(n).padStart(2, '0');
  return `${String(year).padStart(4, '0')}${month ? `-${two(month)}` : ''}${day ? `-${two(day)}` : ''}`;
}
