import { describe, expect, test } from 'vitest';
import { formatOrder } from '../../../src/domain/order/format-order';
import type { OrderEntry } from '../../../src/domain/order/types';

const episode: OrderEntry = {
  kind: 'episode', id: 'legacy-s03e10', title: 'Dig Down', minutes: 45, approximate: true, threads: [], reason: 'r',
  released: '2025-04-17', show: 'legacy', showTitle: 'Bosch: Legacy', season: 3, episode: 10,
};
const reading: OrderEntry = {
  kind: 'reading', id: 'desert-star#1-2', title: 'Desert Star, ch. 1–2', minutes: 22, approximate: false, threads: [], reason: 'r',
  released: '2022-11-08', novel: 'desert-star', chapters: [1, 2],
};

describe('formatOrder', () => {
  test('writes one numbered line per entry with its date and time', () => {
    expect(formatOrder([episode, reading])).toBe(
      '1. Bosch: Legacy S3E10 – Dig Down (2025-04-17, ≈45 min)\n2. Desert Star, ch. 1–2 (2022-11-08, 22 min)',
    );
  });

  test('pads numbers so that the lines align, and leaves out unknown dates', () => {
    const { released: _released, ...undated } = episode;
    const lines = formatOrder(Array.from({ length: 10 }, () => undated)).split('\n');
    expect(lines[0]).toBe(' 1. Bosch: Legacy S3E10 – Dig Down (≈45 min)');
    expect(lines[9]?.startsWith('10. ')).toBe(true);
  });

  test('falls back to the show id when the show title is missing', () => {
    const { showTitle: _title, ...bare } = episode as Extract<OrderEntry, { kind: 'episode' }>;
    expect(formatOrder([bare])).toContain('legacy S3E10');
  });

  test('leaves out the titles of episodes spoiler safety hides, never a book title', () => {
    const text = formatOrder([episode, reading, episode], { hideTitle: (position) => position > 0 });
    expect(text.split('\n')).toEqual([
      '1. Bosch: Legacy S3E10 – Dig Down (2025-04-17, ≈45 min)',
      '2. Desert Star, ch. 1–2 (2022-11-08, 22 min)',
      '3. Bosch: Legacy S3E10 (2025-04-17, ≈45 min)',
    ]);
  });

  test('says a film is a film, so it cannot be taken for the novel of the same title', () => {
    const film: OrderEntry = {
      kind: 'film', id: 'film-the-lincoln-lawyer', title: 'The Lincoln Lawyer', minutes: 119, approximate: false, threads: [], reason: 'r',
      released: '2011-03-18', adapts: 'the-lincoln-lawyer',
    };
    expect(formatOrder([film], { hideTitle: () => true })).toBe('1. Film: The Lincoln Lawyer (2011-03-18, 119 min)');
  });

  test('gives an empty string for an empty order', () => {
    expect(formatOrder([])).toBe('');
  });
});
