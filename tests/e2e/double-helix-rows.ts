import { buildOrder } from '../../src/domain/order/build-order';
import type { OrderEntry, OrderSpec } from '../../src/domain/order/types';
import { PRESETS } from '../unit/fixtures/shipped-presets';
import { progressIdsOf } from '../../src/domain/progress/progress-ids';
import { checkboxLabel, entryCode, entryName } from '../../src/ui/entry-text';
import { connelly } from '../unit/order/connelly-pack';

/**
 * The Double Helix rows as the order engine builds them from the shipped pack, so browser tests
 * name rows by position ("the first three") rather than by titles that move when the order does.
 */
const ORDER: readonly OrderEntry[] = buildOrder(connelly, PRESETS.find((preset) => preset.id === 'double-helix')?.spec(connelly) as OrderSpec);

function row(position: number): OrderEntry {
  const entry = ORDER[position];
  if (!entry) throw new Error(`the Double Helix has no row ${position}`);
  return entry;
}

/** Accessible name of the checkbox of the row at `position` (0-based), its title shown. */
export const rowCheckbox = (position: number) => checkboxLabel(row(position), false);
/** The row's name as the list and Up next show it. */
export const rowName = (position: number) => entryName(row(position));
/** The progress ids a check-off of the row sets. */
export const rowProgress = (position: number) => progressIdsOf(row(position));
/** Position of the first episode of the order (its first reading comes before it). */
export const FIRST_EPISODE = ORDER.findIndex((entry) => entry.kind === 'episode');
/** Position of the first reading block of `novel` that holds `chapter` (where a Helix segment's card leads). */
export function firstBlockWith(novel: string, chapter: number): number {
  const position = ORDER.findIndex((entry) => entry.kind === 'reading' && entry.novel === novel && !!entry.chapters && entry.chapters[0] <= chapter && chapter <= entry.chapters[1]);
  if (position < 0) throw new Error(`the Double Helix reads no ${novel} ch. ${chapter}`);
  return position;
}

/**
 * The checkbox of a Double Helix episode by id, its title shown or left out by spoiler safety (which rows
 * are far depends on progress): "Mark Bosch: Legacy S3E2 ‘Bosching Bosch’ as watched" or "… S3E2 as watched".
 */
export function episodeBox(id: string): RegExp {
  const entry = ORDER.find((candidate) => candidate.id === id);
  if (entry?.kind !== 'episode') throw new Error(`the Double Helix has no episode ${id}`);
  const code = entryCode(entry).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^Mark ${code}( ‘[^’]*’)? as watched$`);
}
