import { ShareFormatError, type ByteReader, type ByteWriter } from './bytes';

/** Largest number a set may hold (episode, chapter, page-block index…): generous, but bounded. */
export const MAX_SET_NUMBER = 100_000;

/**
 * A non-empty set of whole numbers, written either as runs (`1-10, 14`) or as a bitset,
 * whichever is shorter: runs suit "seasons 1-3", bitsets suit "a random half of the chapters".
 * Header varint: (runCount << 1) for runs, (max << 1) | 1 for a bitset over 0…max.
 */
export function writeNumberSet(out: ByteWriter, sorted: readonly number[]): void {
  const runs: [number, number][] = [];
  for (const n of sorted) {
    const last = runs[runs.length - 1];
    if (last && n === last[1] + 1) last[1] = n;
    else runs.push([n, n]);
  }
  let runBytes = varintSize(runs.length << 1);
  let previousEnd = -1;
  for (const [from, to] of runs) {
    runBytes += varintSize(from - previousEnd - 1) + varintSize(to - from);
    previousEnd = to;
  }
  const max = sorted[sorted.length - 1] ?? 0;
  const bitBytes = varintSize(max * 2 + 1) + Math.ceil((max + 1) / 8);
  if (bitBytes < runBytes) {
    out.uint(max * 2 + 1);
    const bits = new Uint8Array(Math.ceil((max + 1) / 8));
    for (const n of sorted) bits[n >> 3] = (bits[n >> 3] ?? 0) | (1 << (n & 7));
    out.raw(bits);
    return;
  }
  out.uint(runs.length << 1);
  previousEnd = -1;
  for (const [from, to] of runs) {
    out.uint(from - previousEnd - 1);
    out.uint(to - from);
    previousEnd = to;
  }
}

/** Reads a set written by writeNumberSet, ascending; `budget.left` caps how many numbers a link may expand to. */
export function readNumberSet(input: ByteReader, budget: { left: number }): number[] {
  const header = input.uint(MAX_SET_NUMBER * 2 + 1);
  const numbers: number[] = [];
  const take = (n: number) => {
    if (n > MAX_SET_NUMBER) throw new ShareFormatError('number out of range');
    if (--budget.left < 0) throw new ShareFormatError('too many items');
    numbers.push(n);
  };
  if (header & 1) {
    const max = header >> 1;
    const bits = input.raw(Math.ceil((max + 1) / 8));
    for (let n = 0; n <= max; n++) if (((bits[n >> 3] ?? 0) >> (n & 7)) & 1) take(n);
    if (numbers[numbers.length - 1] !== max) throw new ShareFormatError('malformed bitset');
    return numbers;
  }
  const runCount = header >> 1;
  if (runCount === 0) throw new ShareFormatError('empty set');
  let previousEnd = -1;
  for (let r = 0; r < runCount; r++) {
    const from = previousEnd + 1 + input.uint(MAX_SET_NUMBER);
    const to = from + input.uint(MAX_SET_NUMBER);
    for (let n = from; n <= to; n++) take(n);
    previousEnd = to;
  }
  return numbers;
}

function varintSize(value: number): number {
  let size = 1;
  for (let rest = value; rest >= 0x80; rest = Math.floor(rest / 0x80)) size++;
  return size;
}
