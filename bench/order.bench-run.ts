import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { buildOrder } from '../src/domain/order/build-order';
import { STRATEGIES, type OrderSpec } from '../src/domain/order/types';
import { parsePack } from '../src/domain/pack/parse-pack';
import type { Pack } from '../src/domain/pack/schema';
import { syntheticPack } from './synthetic-pack';

/**
 * Times buildOrder (median of 30 runs after 5 warm-ups) and prints one line per case,
 * `order/<case>: <median> ms`, then checks the budgets of DESIGN §8.
 */
const RUNS = 30;

function median(pack: Pack, spec: OrderSpec): number {
  for (let i = 0; i < 5; i++) buildOrder(pack, spec);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    buildOrder(pack, spec);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return ((times[RUNS / 2 - 1] as number) + (times[RUNS / 2] as number)) / 2;
}

function report(name: string, ms: number, budget: number): void {
  console.log(`order/${name}: ${ms.toFixed(2)} ms`);
  expect(ms, `order/${name} budget ${budget} ms`).toBeLessThan(budget);
}

const connelly = parsePack(JSON.parse(readFileSync(join(process.cwd(), 'public/data/connelly.json'), 'utf8')));
const everything = [...connelly.shows.map((show) => show.id), ...connelly.novels.map((novel) => novel.id)];

test('the full Connelly pack orders in under 5 ms with every strategy', () => {
  for (const strategy of STRATEGIES) {
    report(`connelly-${strategy}`, median(connelly, { include: everything, strategy, readingGranularity: { chapters: 4 } }), 5);
  }
});

test('a synthetic pack of 10,000 items and 2,000 links orders in under 100 ms', () => {
  // 8,000 episodes + 200 novels of 10 one-chapter blocks = 10,000 items.
  const pack = syntheticPack({ shows: 20, seasons: 8, episodes: 50, novels: 200, chapters: 10, adapts: 1_200, leadIns: 800 });
  const include = [...pack.shows.map((show) => show.id), ...pack.novels.map((novel) => novel.id)];
  const spec: OrderSpec = { include, strategy: 'helix', readingGranularity: { chapters: 1 } };
  expect(buildOrder(pack, spec)).toHaveLength(10_000);
  for (const strategy of ['helix', 'release'] as const) {
    report(`synthetic-10k-${strategy}`, median(pack, { ...spec, strategy }), 100);
  }
});
