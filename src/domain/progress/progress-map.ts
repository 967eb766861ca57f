import * as z from 'zod/mini';

/**
 * Progress shared by every plan, keyed by progress id (episode, chapter, page range or whole
 * novel). An undone item keeps its mark with `done: false`, so that an undo made later than a
 * check-off in another copy still wins when the copies are merged.
 */
export interface ProgressMark {
  done: boolean;
  /** Epoch milliseconds of the last change. */
  at: number;
}

export type ProgressMap = Readonly<Record<string, ProgressMark>>;

export const EMPTY_PROGRESS: ProgressMap = Object.freeze({});

export const progressMarkSchema = z.object({
  done: z.boolean(),
  at: z.number().check(z.nonnegative('must not be negative'), z.refine(Number.isFinite, 'must be a finite number')),
});

export const progressMapSchema = z.record(
  z.string().check(z.minLength(1, 'a progress id must not be empty')),
  progressMarkSchema,
);

function setMarks(map: ProgressMap, ids: Iterable<string>, done: boolean, at: number): ProgressMap {
  let next: Record<string, ProgressMark> | null = null;
  for (const id of ids) {
    const current = map[id];
    if (current && current.done === done) continue; // already in that state: keep its original time
    next ??= { ...map };
    next[id] = { done, at };
  }
  return next ?? map;
}

/** Marks ids done at `at`. Returns the same map when nothing changes. */
export function markDone(map: ProgressMap, ids: Iterable<string>, at: number): ProgressMap {
  return setMarks(map, ids, true, at);
}

/** Marks ids not done at `at`. Ids without any mark stay absent: there is nothing to undo. */
export function markUndone(map: ProgressMap, ids: Iterable<string>, at: number): ProgressMap {
  const known = [...ids].filter((id) => map[id] !== undefined);
  return setMarks(map, known, false, at);
}

/** The later change wins; on a tie, done wins (so the result does not depend on argument order). */
function pickMark(a: ProgressMark, b: ProgressMark): ProgressMark {
  if (a.at !== b.at) return a.at > b.at ? a : b;
  if (a.done !== b.done) return a.done ? a : b;
  return a;
}

/** Merges two copies of progress per id. Commutative, associative and idempotent. */
export function mergeProgress(a: ProgressMap, b: ProgressMap): ProgressMap {
  const merged: Record<string, ProgressMark> = { ...a };
  for (const [id, mark] of Object.entries(b)) {
    const mine = merged[id];
    merged[id] = mine ? pickMark(mine, mark) : mark;
  }
  return merged;
}

/** Ids currently done. */
export function doneIdSet(map: ProgressMap): Set<string> {
  const done = new Set<string>();
  for (const [id, mark] of Object.entries(map)) if (mark.done) done.add(id);
  return done;
}

/**
 * "Merge its progress into mine, nothing removed": every id done in `theirs` becomes done in
 * `mine`; nothing of mine is undone and marks already done in mine are left as they are.
 */
export function unionDone(mine: ProgressMap, theirs: ProgressMap): ProgressMap {
  let next: Record<string, ProgressMark> | null = null;
  for (const [id, mark] of Object.entries(theirs)) {
    if (!mark.done) continue;
    const current = mine[id];
    if (current?.done) continue;
    // Not earlier than my own undo, so a later merge with another copy of mine keeps it done.
    const at = current ? Math.max(current.at, mark.at) : mark.at;
    next ??= { ...mine };
    next[id] = { done: true, at };
  }
  return next ?? mine;
}
