import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parsePack } from '../../../src/domain/pack/parse-pack';
import type { Pack } from '../../../src/domain/pack/schema';
import { DEFAULT_PACE } from '../../../src/domain/plan/plan';
import type { SharePayload } from '../../../src/domain/share/share-types';

/** Shared by the share tests and bench/share-bench.test.ts: the real pack and the two budget cases. */
export function loadConnelly(): Pack {
  return parsePack(JSON.parse(readFileSync(resolve(process.cwd(), 'public/data/connelly.json'), 'utf8')));
}

export const URL_PREFIX = 'https://example.github.io/helix/#/s/';

export function doubleHelixPayload(pack: Pack): SharePayload {
  return {
    packId: pack.id,
    dataVersion: pack.dataVersion,
    name: 'The Double Helix',
    spec: { include: ['legacy-s03', 'ballard-s01', 'desert-star'], strategy: 'helix', readingGranularity: 'segment' },
    pace: DEFAULT_PACE,
    startDate: '2026-01-05',
  };
}

/** Every progress id a user could check off: episodes, chapters, 48-page blocks, whole books. */
export function allProgressIds(pack: Pack): string[] {
  const ids: string[] = [];
  for (const show of pack.shows) for (const season of show.seasons) for (const episode of season.episodes) ids.push(episode.id);
  for (const novel of pack.novels) {
    if (novel.chapters) for (let c = 1; c <= novel.chapters; c++) ids.push(`${novel.id}#ch${String(c)}`);
    else if (novel.pages) for (let p = 1; p <= novel.pages; p += 48) ids.push(`${novel.id}#p${String(p)}-${String(Math.min(p + 47, novel.pages))}`);
    else ids.push(novel.id);
  }
  return ids;
}

/** A deterministic pseudo-random generator (mulberry32), so the measured case never changes. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function everythingHalfDonePayload(pack: Pack, seed = 20260105): SharePayload {
  const random = seededRandom(seed);
  const all = allProgressIds(pack);
  const shuffled = all.map((id) => ({ id, key: random() })).sort((a, b) => a.key - b.key);
  return {
    packId: pack.id,
    dataVersion: pack.dataVersion,
    name: 'Everything, chapter by chapter',
    spec: {
      include: [...pack.shows.map((s) => s.id), ...pack.novels.map((n) => n.id)],
      strategy: 'release',
      readingGranularity: { chapters: 1 },
    },
    pace: DEFAULT_PACE,
    startDate: '2026-01-05',
    progress: shuffled.slice(0, Math.floor(all.length / 2)).map((entry) => entry.id),
  };
}
