import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../src/domain/plan/plan';
import { DEFAULT_PACE } from '../../../src/domain/plan/plan';
import { DEFAULT_SETTINGS, NO_UNKNOWN_FIELDS, restorePersisted, STATE_VERSION, type PersistedState } from '../../../src/domain/storage/persisted-state';
import { ProgressMap } from '../../../src/domain/progress/progress-map';
import { parseShard, restoreSaved } from '../../../src/domain/storage/read-saved-text';
import { savedTexts, SHARDS } from '../../../src/domain/storage/state-text';

function makePlan(id: string, overrides: Partial<Plan> = {}): Plan {
  return {
    id,
    name: `Plan ${id}`,
    packId: 'connelly',
    dataVersion: '2025-06-01',
    spec: { include: ['legacy-s03', 'desert-star'], strategy: 'helix', readingGranularity: 'segment' },
    pace: DEFAULT_PACE,
    startDate: '2025-06-02',
    createdAt: 1_000,
    updatedAt: 2_000,
    ...overrides,
  };
}

/** A saved version 2 state, as JSON holds it. */
const v2 = {
  progress: { 'legacy-s03e01': { done: true, at: 10 }, 'desert-star#ch1': { done: false, at: 12 } },
  plans: [makePlan('p1')],
  deletedPlans: { gone: 5 },
  activePlanId: 'p1',
  settings: { spoilerSafety: false, hideDone: true, lastBackupAt: 99 },
};

/** The same state as the store holds it. */
const restoredV2: PersistedState = {
  progress: ProgressMap.fromRecord(v2.progress),
  plans: v2.plans,
  deletedPlans: new Map([['gone', 5]]),
  activePlanId: 'p1',
  settings: v2.settings,
  replacedAt: 0,
  unknown: NO_UNKNOWN_FIELDS,
};

function reasonOf(result: ReturnType<typeof restorePersisted>): string {
  if (result.ok) throw new Error('expected a refusal');
  return result.reason;
}

describe('restorePersisted', () => {
  it('migrates a version 2 state to version 3 with nothing replaced yet', () => {
    expect(restorePersisted(structuredClone(v2), 2)).toEqual({ ok: true, state: restoredV2 });
  });

  it('reads back what it writes (version 3: a main record and progress shards), unknown fields included', () => {
    const withExtras = { ...restoredV2, replacedAt: 7, unknown: { state: { futureField: [1, 2] }, settings: { theme: 'dark' } } };
    const texts = savedTexts(withExtras);
    expect(texts.shards).toHaveLength(SHARDS);
    const envelope = JSON.parse(texts.main) as { state: Record<string, unknown>; version: number };
    expect(envelope.version).toBe(STATE_VERSION);
    expect(envelope.state.progress).toBeUndefined();
    expect(envelope.state.futureField).toEqual([1, 2]);
    expect(envelope.state.settings).toEqual({ theme: 'dark', ...v2.settings });
    const result = restoreSaved(texts.main, texts.shards);
    if (!result.ok) throw new Error(result.reason);
    expect(savedTexts(result.state)).toEqual(texts);
    expect(result.state.replacedAt).toBe(7);
    expect({ ...result.state.unknown.state }).toEqual({ futureField: [1, 2] });
    expect(result.state.progress).toEqual(restoredV2.progress);
  });

  it('keeps each mark in exactly one shard, and a shard reads back to its marks', () => {
    const texts = savedTexts(restoredV2);
    const marks = texts.shards.flatMap((text) => {
      const shard = parseShard(text);
      if (!shard.ok) throw new Error(shard.reason);
      return [...shard.progress];
    });
    expect(marks.sort(([a], [b]) => a.localeCompare(b))).toEqual([...restoredV2.progress].sort(([a], [b]) => a.localeCompare(b)));
  });

  it('refuses a shard from a newer version, or one that is cut off', () => {
    expect(parseShard('{"marks":{},"version":4}')).toMatchObject({ ok: false, newer: true });
    expect(parseShard('{"marks":{"a":{"do')).toMatchObject({ ok: false, newer: false });
  });

  it('points a hand-edited active plan id that names no plan at the first plan', () => {
    const result = restorePersisted({ ...structuredClone(v2), activePlanId: 'no-such-plan' }, 2);
    if (!result.ok) throw new Error(result.reason);
    expect(result.state.activePlanId).toBe('p1');
  });

  it('reads times later than now as now (a clock that ran ahead)', () => {
    const future = 4_102_444_800_000;
    const skewed = { ...structuredClone(v2), progress: { x: { done: true, at: future } }, plans: [makePlan('p1', { updatedAt: future })] };
    const result = restorePersisted(skewed, 2, 5_000);
    if (!result.ok) throw new Error(result.reason);
    expect(result.state.progress.get('x')).toEqual({ done: true, at: 5_000 });
    expect(result.state.plans[0]?.updatedAt).toBe(5_000);
  });

  it('migrates a version 1 blob of done ids to version 2 with every id marked done', () => {
    const plan = makePlan('old');
    const result = restorePersisted({ done: ['bosch-s01e01', 'the-poet'], plans: [plan], activePlanId: 'old' }, 1);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.state.progress.toRecord()).toEqual({
      'bosch-s01e01': { done: true, at: expect.any(Number) as number },
      'the-poet': { done: true, at: expect.any(Number) as number },
    });
    expect(result.state.plans).toEqual([plan]);
    expect(result.state.activePlanId).toBe('old');
    expect(result.state.deletedPlans).toEqual(new Map());
    expect(result.state.settings).toEqual(DEFAULT_SETTINGS);
  });

  it('gives migrated version 1 marks a time that any later change beats', () => {
    const result = restorePersisted({ done: ['the-poet'], plans: [], activePlanId: null }, 1);
    if (!result.ok) throw new Error(result.reason);
    expect(result.state.progress.get('the-poet')?.at).toBe(0);
  });

  it('refuses a version 1 blob whose done list holds an empty id, naming the path', () => {
    expect(reasonOf(restorePersisted({ done: ['ok', ''], plans: [], activePlanId: null }, 1))).toMatch(/done\.1/);
  });

  it('refuses a state saved by a newer version and says so', () => {
    expect(reasonOf(restorePersisted(v2, STATE_VERSION + 1))).toMatch(/newer version of Helix \(format 4\)/);
  });

  it('refuses an unknown older version number', () => {
    expect(reasonOf(restorePersisted(v2, 0))).toMatch(/format 0 is unknown/);
  });

  it('refuses a progress mark of the wrong type, naming the path to it', () => {
    const bad = { ...v2, progress: { 'bosch-s01e01': { done: 'yes', at: 1 } } };
    expect(reasonOf(restorePersisted(bad, 2))).toMatch(/progress\.bosch-s01e01\.done/);
  });

  it('refuses a plan with an empty name, naming the plan by position', () => {
    const bad = { ...v2, plans: [makePlan('p1', { name: '' })] };
    expect(reasonOf(restorePersisted(bad, 2))).toMatch(/plans\.0\.name/);
  });

  it('refuses missing settings, naming the field', () => {
    const { settings: _settings, ...bad } = v2;
    expect(reasonOf(restorePersisted(bad, 2))).toMatch(/settings/);
  });

  it('refuses a negative deletion time', () => {
    expect(reasonOf(restorePersisted({ ...v2, deletedPlans: { x: -1 } }, 2))).toMatch(/deletedPlans\.x/);
  });

  it('refuses something that is not an object at all', () => {
    expect(reasonOf(restorePersisted('hello', 2))).toMatch(/not in the expected shape/);
    expect(reasonOf(restorePersisted(null, 1))).toMatch(/not in the expected shape/);
  });

  it('never throws, whatever JSON and version it is given', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: -3, max: 5 }), (value, version) => {
        const result = restorePersisted(value, version);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on state-shaped objects with random field values', () => {
    const shaped = fc.record({
      progress: fc.oneof(fc.jsonValue(), fc.dictionary(fc.string(), fc.record({ done: fc.jsonValue(), at: fc.jsonValue() }))),
      plans: fc.oneof(fc.jsonValue(), fc.array(fc.jsonValue(), { maxLength: 3 })),
      deletedPlans: fc.jsonValue(),
      activePlanId: fc.jsonValue(),
      settings: fc.jsonValue(),
      done: fc.oneof(fc.jsonValue(), fc.array(fc.string(), { maxLength: 4 })),
    });
    fc.assert(
      fc.property(shaped, fc.constantFrom(1, 2), (value, version) => {
        const result = restorePersisted(value, version);
        if (!result.ok) expect(result.reason.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
