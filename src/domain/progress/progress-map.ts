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

type Bucket = ReadonlyMap<string, ProgressMark>;

/** Ids are spread over this many buckets; a change copies only the buckets it touches. */
export const BUCKETS = 64;
const EMPTY_BUCKET: Bucket = new Map();

/**
 * Progress of a pack other than the one Helix started with is kept under `<packId>/<id>` (item ids never hold
 * a "/"; see docs/decisions/011-packs-as-data.md). The prefix does not count for the bucket, so a pack's marks
 * sit in the same bucket as their unprefixed ids and a pack's view can be derived bucket by bucket.
 */
export const PACK_PREFIX_END = '/';

/** FNV-1a: a cheap, stable spread of ids over the buckets (the same in every tab and every version). */
export function bucketOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = id.indexOf(PACK_PREFIX_END) + 1; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % BUCKETS;
}

/**
 * An immutable map of progress id → mark. Ids come from share links, backups and storage, so it is a
 * real Map underneath: `constructor` or `__proto__` are ids like any other. It is split into buckets
 * so that ticking one item in 50,000 copies a few hundred entries, and so that anything derived per
 * bucket (done counts, page ranges, the saved text) is worked out again only for the bucket that changed.
 */
export class ProgressMap implements Iterable<[string, ProgressMark]> {
  static readonly EMPTY = new ProgressMap(Array.from({ length: BUCKETS }, () => EMPTY_BUCKET), 0);

  private constructor(
    /** The buckets, for code that caches per bucket (identity changes only when a bucket's content does). */
    readonly buckets: readonly Bucket[],
    readonly size: number,
  ) {}

  static of(entries: Iterable<readonly [string, ProgressMark]>): ProgressMap {
    return ProgressMap.EMPTY.with(entries);
  }

  /** From a plain or null-prototype record, own properties only. */
  static fromRecord(record: Readonly<Record<string, ProgressMark>>): ProgressMap {
    return ProgressMap.of(Object.keys(record).map((id) => [id, record[id] as ProgressMark] as const));
  }

  get(id: string): ProgressMark | undefined {
    return (this.buckets[bucketOf(id)] as Bucket).get(id);
  }

  has(id: string): boolean {
    return (this.buckets[bucketOf(id)] as Bucket).has(id);
  }

  isDone(id: string): boolean {
    return this.get(id)?.done === true;
  }

  *entries(): IterableIterator<[string, ProgressMark]> {
    for (const bucket of this.buckets) yield* bucket.entries();
  }

  [Symbol.iterator](): IterableIterator<[string, ProgressMark]> {
    return this.entries();
  }

  *keys(): IterableIterator<string> {
    for (const bucket of this.buckets) yield* bucket.keys();
  }

  /** A copy with the given marks set (later pairs win). Untouched buckets are shared, not copied. */
  with(changes: Iterable<readonly [string, ProgressMark]>): ProgressMap {
    let buckets: Bucket[] | null = null;
    const copied = new Set<number>();
    let size = this.size;
    for (const [id, mark] of changes) {
      const i = bucketOf(id);
      buckets ??= [...this.buckets];
      if (!copied.has(i)) {
        buckets[i] = new Map(buckets[i]);
        copied.add(i);
      }
      const bucket = buckets[i] as Map<string, ProgressMark>;
      if (!bucket.has(id)) size += 1;
      bucket.set(id, mark);
    }
    return buckets ? new ProgressMap(buckets, size) : this;
  }

  /** How many ids are done (counted once per bucket version). */
  get doneCount(): number {
    let count = 0;
    for (const bucket of this.buckets) count += bucketSummary(bucket).done;
    return count;
  }

  /** The time of the latest change, or -Infinity when there is none. */
  get latestAt(): number {
    let latest = -Infinity;
    for (const bucket of this.buckets) latest = Math.max(latest, bucketSummary(bucket).latest);
    return latest;
  }

  /**
   * One pack's marks: with a prefix, the ids stored as `<prefix>/<id>`, read as `<id>`; with null, the ids
   * that carry no prefix. Views are cached per bucket and per map, so a tick rebuilds one bucket of the view
   * and an unchanged map gives the same view object (stable for selectors).
   */
  scope(prefix: string | null): ProgressMap {
    let byPrefix = scopedMaps.get(this);
    if (!byPrefix) {
      byPrefix = new Map();
      scopedMaps.set(this, byPrefix);
    }
    const key = prefix ?? '';
    const cached = byPrefix.get(key);
    if (cached) return cached;
    const buckets = this.buckets.map((bucket) => scopedBucket(bucket, prefix));
    const view = buckets.every((bucket, i) => bucket === this.buckets[i]) ? this : new ProgressMap(buckets, buckets.reduce((sum, b) => sum + b.size, 0));
    byPrefix.set(key, view);
    return view;
  }

  /** A null-prototype record of every mark (what JSON shows), safe for any id. */
  toRecord(): Record<string, ProgressMark> {
    const record = Object.create(null) as Record<string, ProgressMark>;
    for (const [id, mark] of this) record[id] = mark;
    return record;
  }

  toJSON(): Record<string, ProgressMark> {
    return this.toRecord();
  }
}

const scopedMaps = new WeakMap<ProgressMap, Map<string, ProgressMap>>();
const scopedBuckets = new WeakMap<Bucket, Map<string, Bucket>>();

function scopedBucket(bucket: Bucket, prefix: string | null): Bucket {
  let byPrefix = scopedBuckets.get(bucket);
  if (!byPrefix) {
    byPrefix = new Map();
    scopedBuckets.set(bucket, byPrefix);
  }
  const key = prefix ?? '';
  let scoped = byPrefix.get(key);
  if (scoped) return scoped;
  if (prefix === null) {
    // The unprefixed pack: the bucket itself when nothing in it belongs to another pack (the usual case).
    const hasOthers = [...bucket.keys()].some((id) => id.includes(PACK_PREFIX_END));
    scoped = hasOthers ? new Map([...bucket].filter(([id]) => !id.includes(PACK_PREFIX_END))) : bucket;
  } else {
    const start = `${prefix}${PACK_PREFIX_END}`;
    const own = new Map<string, ProgressMark>();
    for (const [id, mark] of bucket) if (id.startsWith(start)) own.set(id.slice(start.length), mark);
    scoped = own.size === 0 ? EMPTY_BUCKET : own;
  }
  byPrefix.set(key, scoped);
  return scoped;
}

const summaries = new WeakMap<Bucket, { done: number; latest: number }>();

function bucketSummary(bucket: Bucket): { done: number; latest: number } {
  let summary = summaries.get(bucket);
  if (!summary) {
    summary = { done: 0, latest: -Infinity };
    for (const mark of bucket.values()) {
      if (mark.done) summary.done += 1;
      if (mark.at > summary.latest) summary.latest = mark.at;
    }
    summaries.set(bucket, summary);
  }
  return summary;
}

export const EMPTY_PROGRESS: ProgressMap = ProgressMap.EMPTY;

function setMarks(map: ProgressMap, ids: Iterable<string>, done: boolean, at: number): ProgressMap {
  const changes: [string, ProgressMark][] = [];
  for (const id of ids) {
    const current = map.get(id);
    if (current && current.done === done) continue; // already in that state: keep its original time
    // Later than the mark it replaces, even one stamped by a clock that ran ahead: a change made here always wins.
    changes.push([id, { done, at: current ? Math.max(at, current.at + 1) : at }]);
  }
  return changes.length > 0 ? map.with(changes) : map;
}

/** Marks ids done at `at`. Returns the same map when nothing changes. */
export function markDone(map: ProgressMap, ids: Iterable<string>, at: number): ProgressMap {
  return setMarks(map, ids, true, at);
}

/** Marks ids not done at `at`. Ids without any mark stay absent: there is nothing to undo. */
export function markUndone(map: ProgressMap, ids: Iterable<string>, at: number): ProgressMap {
  const known = [...ids].filter((id) => map.has(id));
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
  const changes: [string, ProgressMark][] = [];
  for (let i = 0; i < BUCKETS; i++) {
    const mine = a.buckets[i] as Bucket;
    const theirs = b.buckets[i] as Bucket;
    if (mine === theirs) continue;
    for (const [id, mark] of theirs) {
      const current = mine.get(id);
      const picked = current ? pickMark(current, mark) : mark;
      if (picked !== current) changes.push([id, picked]);
    }
  }
  return changes.length > 0 ? a.with(changes) : a;
}

/**
 * Marks stamped later than `now` (a device whose clock ran ahead) count as made now, so a skewed copy
 * cannot outrank every later change made here. Applied wherever marks come in from outside.
 */
export function clampFutureMarks(map: ProgressMap, now: number): ProgressMap {
  const changes: [string, ProgressMark][] = [];
  for (const bucket of map.buckets) {
    if (bucketSummary(bucket).latest <= now) continue;
    for (const [id, mark] of bucket) if (mark.at > now) changes.push([id, { done: mark.done, at: now }]);
  }
  return changes.length > 0 ? map.with(changes) : map;
}

/** Ids currently done. */
export function doneIdSet(map: ProgressMap): Set<string> {
  const done = new Set<string>();
  for (const [id, mark] of map) if (mark.done) done.add(id);
  return done;
}
