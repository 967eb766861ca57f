/**
 * The sort key every item gets before the merge. Compared field by field:
 * - `group`: series rank for the `series` strategy, 0 otherwise;
 * - `day`: day number of the date the item is anchored to (Infinity when unknown);
 * - `ref`: ordinal of the item the anchor belongs to (the item itself, or the episode a
 *   reading block or lead-in target is placed beside), so that everything placed beside one
 *   episode stays together even when other items share its day;
 * - `offset`: position relative to `ref` (negative = before it, positive = after it);
 * - `wait`: 0, or how many items deep a held item waits behind the one it must follow, so that
 *   it comes right after that item and before anything else placed at the same spot later;
 * - `own`: the item's own ordinal, unique, so that the order is total and deterministic.
 */
export interface AnchorKey {
  readonly group: number;
  readonly day: number;
  readonly ref: number;
  readonly offset: number;
  readonly wait: number;
  readonly own: number;
}

/** Reading placed just before the episode it belongs to (book first, helix). */
export const READ_BEFORE = -0.25;
/** Reading placed just after the episode it belongs to (show first). */
export const READ_AFTER = 0.25;
/** helix: an item held behind reading that sits before an episode comes after that episode. */
export const HELD_PAST_EPISODE = 0.5;
/** A lead-in target: after its source and after reading placed before the target itself. */
export const LEAD_AFTER = 0.75;
/** A chain predecessor pulled forward by its successor. */
export const CHAIN_BEFORE = -1;

export function ownKey(group: number, day: number, own: number): AnchorKey {
  return { group, day, ref: own, offset: 0, wait: 0, own };
}

export function relativeTo(base: AnchorKey, offset: number, own: number): AnchorKey {
  return { group: base.group, day: base.day, ref: base.ref, offset: base.offset + offset, wait: 0, own };
}

/** Right behind `base`: same spot, one level deeper in the queue of items waiting for it. */
export function behind(base: AnchorKey, own: number): AnchorKey {
  return { group: base.group, day: base.day, ref: base.ref, offset: base.offset, wait: base.wait + 1, own };
}

/** Uses < and > rather than subtraction, so that Infinity days compare correctly. */
export function compareKeys(a: AnchorKey, b: AnchorKey): number {
  return (
    cmp(a.group, b.group) ||
    cmp(a.day, b.day) ||
    cmp(a.ref, b.ref) ||
    cmp(a.offset, b.offset) ||
    cmp(a.wait, b.wait) ||
    cmp(a.own, b.own)
  );
}

function cmp(a: number, b: number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
