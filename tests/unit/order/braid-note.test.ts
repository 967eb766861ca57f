import { describe, expect, test } from 'vitest';
import { braidNotes } from '../../../src/domain/order/braid-note';
import { buildOrder } from '../../../src/domain/order/build-order';
import type { OrderSpec, ReadingGranularity } from '../../../src/domain/order/types';
import { indexPack } from '../../../src/domain/pack/pack-index';
import { connelly } from './connelly-pack';

const index = indexPack(connelly);
const notesFor = (spec: Partial<OrderSpec>, readingGranularity: ReadingGranularity = { chapters: 4 }) =>
  braidNotes(index, buildOrder(connelly, { include: ['legacy-s03', 'ballard-s01', 'desert-star'], strategy: 'helix', readingGranularity, ...spec }));

describe('braidNotes', () => {
  test('says what each season takes of Desert Star, that Legacy hands over to Ballard, and what gave way', () => {
    expect(notesFor({})).toEqual([
      {
        novel: 'desert-star',
        text:
          'Desert Star tells two cases at once: on screen, Bosch: Legacy S3 takes the Gallagher family case, then hands over to Ballard S1 and the Sarah Pearlman case. ' +
          'Helix keeps the chapters in order across all 20 episodes, so chapters 38–54, the part Bosch: Legacy S3 draws on, come after that season ends.',
      },
    ]);
  });

  test('counts only the episodes in the plan', () => {
    const [note] = notesFor({ include: ['legacy-s03e01', 'legacy-s03e02', 'legacy-s03e03', 'ballard-s01', 'desert-star'] });
    expect(note?.text).toContain('in order across all 13 episodes, so chapters 38–54');
  });

  test('says nothing when the book is not spread over two seasons', () => {
    expect(notesFor({ include: ['ballard-s01', 'desert-star'] })).toEqual([]);
    expect(notesFor({}, 'book')).toEqual([]);
    expect(notesFor({ strategy: 'book-first' })).toEqual([]);
  });

  test('claims no hand-off when the seasons are not adjacent in the plan', () => {
    const [note] = notesFor({ include: ['legacy-s03e01', 'legacy-s03e02', 'ballard-s01e02', 'ballard-s01e03', 'desert-star'] });
    expect(note?.text).toMatch(/^Desert Star tells two cases at once: on screen, Bosch: Legacy S3 takes the Gallagher family case and Ballard S1 the Sarah Pearlman case\. Helix/);
  });
});
