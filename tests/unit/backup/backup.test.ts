import { describe, expect, it } from 'vitest';
import { createBackup, type BackupFile, type BackupState } from '../../../src/domain/backup/backup-file';
import { parseBackup } from '../../../src/domain/backup/parse-backup';
import { mergeBackup, replaceWithBackup, summarizeBackup } from '../../../src/domain/backup/restore-backup';
import { DEFAULT_PACE, type Plan } from '../../../src/domain/plan/plan';
import { ProgressMap } from '../../../src/domain/progress/progress-map';

function plan(id: string, updatedAt: number, name = `Plan ${id}`): Plan {
  return {
    id,
    name,
    packId: 'connelly',
    dataVersion: '2026-11-26',
    spec: { include: ['legacy-s03', 'ballard-s01', 'desert-star'], strategy: 'helix', readingGranularity: 'segment' },
    pace: DEFAULT_PACE,
    startDate: '2026-01-05',
    createdAt: 1,
    updatedAt,
  };
}

const state: BackupState = {
  plans: [plan('a', 10), plan('b', 10)],
  activePlanId: 'a',
  progress: ProgressMap.fromRecord({ 'bosch-s01e01': { done: true, at: 5 }, 'desert-star#ch1': { done: false, at: 6 }, 'the-poet': { done: true, at: 7 } }),
  settings: { spoilerSafe: true },
};
const backup = createBackup(state, new Date('2026-03-01T10:00:00Z'));
const asJson = (value: unknown) => JSON.parse(JSON.stringify(value)) as Record<string, unknown>;

describe('parseBackup', () => {
  it('accepts a backup it made, as text or as parsed JSON', () => {
    expect(parseBackup(JSON.stringify(backup))).toEqual({ ok: true, backup });
    expect(parseBackup(asJson(backup))).toEqual({ ok: true, backup });
  });

  it('says so when the file is not JSON or not a Helix backup', () => {
    expect(parseBackup('{not json')).toEqual({ ok: false, error: expect.stringMatching(/not valid JSON/) });
    expect(parseBackup({ plans: [] })).toEqual({ ok: false, error: 'This file is not a Helix backup.' });
    expect(parseBackup([backup])).toEqual({ ok: false, error: 'This file is not a Helix backup.' });
    expect(parseBackup(null)).toEqual({ ok: false, error: 'This file is not a Helix backup.' });
  });

  it('says when a backup comes from a newer version', () => {
    expect(parseBackup({ ...asJson(backup), version: 2 })).toEqual({ ok: false, error: expect.stringMatching(/newer version/) });
  });

  it('carries a plan with films and a watched film through a backup, and refuses a film id that is not an id', () => {
    const withFilms: Plan = { ...plan('films', 20), spec: { include: ['lincoln', 'film-the-lincoln-lawyer', 'the-lincoln-lawyer'], strategy: 'book-first', readingGranularity: 'book' } };
    const file = createBackup({ ...state, plans: [withFilms], activePlanId: 'films', progress: ProgressMap.fromRecord({ 'film-the-lincoln-lawyer': { done: true, at: 9 } }) }, new Date('2026-12-02T10:00:00Z'));
    const read = parseBackup(JSON.stringify(file));
    expect(read.ok && read.backup.plans[0]?.spec.include).toEqual(['lincoln', 'film-the-lincoln-lawyer', 'the-lincoln-lawyer']);
    expect(read.ok && read.backup.progress.isDone('film-the-lincoln-lawyer')).toBe(true);
    const broken = asJson(file);
    ((broken.plans as { spec: { include: string[] } }[])[0] as { spec: { include: string[] } }).spec.include[1] = 'Film: The Lincoln Lawyer';
    const refused = parseBackup(broken);
    expect(refused.ok ? '' : refused.error).toMatch(/plans\[0\]\.spec\.include\[1\]: invalid id/);
  });

  it('names the place of each problem', () => {
    const broken = asJson(backup);
    const plans = broken.plans as Record<string, unknown>[];
    plans[1] = { ...plans[1], pace: { minutesPerWeekday: [60, 60, 60, 60, 60, 120], pagesPerHour: 0 } };
    const result = parseBackup(broken);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatch(/plans\[1\]\.pace\.pagesPerHour: must be at least 1/);
    expect(result.error).toMatch(/plans\[1\]\.pace\.minutesPerWeekday/);
  });

  it('rejects progress marks without a time', () => {
    const result = parseBackup({ ...asJson(backup), progress: { 'the-poet': { done: true } } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/progress\.the-poet\.at/);
  });

  it('rejects two plans with one id and an active plan that does not exist', () => {
    const result = parseBackup({ ...asJson(backup), plans: asJson({ p: [plan('a', 1), plan('a', 2)] }).p, activePlanId: 'zzz' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatch(/plans\[1\]\.id: another plan has the same id/);
    expect(result.error).toMatch(/activePlanId: names no plan in this backup/);
  });

  it('rejects an invalid export time, strategy or start date', () => {
    for (const [change, where] of [
      [{ exportedAt: 'yesterday' }, 'exportedAt'],
      [{ plans: [{ ...plan('a', 1), spec: { ...plan('a', 1).spec, strategy: 'random' } }] }, 'plans[0].spec.strategy'],
      [{ plans: [{ ...plan('a', 1), startDate: '2026-02-30' }] }, 'plans[0].startDate'],
    ] as const) {
      const result = parseBackup({ ...asJson(backup), ...change });
      expect(result.ok ? 'accepted' : result.error).toContain(where);
    }
  });
});

describe('summarizeBackup', () => {
  it('counts plans and done items', () => {
    expect(summarizeBackup(backup)).toEqual({ plans: 2, doneItems: 2, exportedAt: '2026-03-01T10:00:00.000Z' });
  });
});

describe('mergeBackup', () => {
  const incoming: BackupState = {
    plans: [plan('b', 20, 'Newer b'), plan('a', 5, 'Older a'), plan('c', 1)],
    activePlanId: 'c',
    progress: ProgressMap.fromRecord({ 'bosch-s01e02': { done: true, at: 9 }, 'the-poet': { done: false, at: 8 }, 'desert-star#ch1': { done: true, at: 1 } }),
    settings: { spoilerSafe: false, theme: 'dark' },
  };
  const merged = mergeBackup(state, incoming);

  it('unites plans by id, taking the backup’s copy only when it was updated later', () => {
    expect(merged.plans.map((p) => [p.id, p.name])).toEqual([
      ['a', 'Plan a'],
      ['b', 'Newer b'],
      ['c', 'Plan c'],
    ]);
  });

  it('merges progress per id, the later change winning', () => {
    expect(merged.progress).toEqual(
      ProgressMap.fromRecord({
        'bosch-s01e01': { done: true, at: 5 },
        'bosch-s01e02': { done: true, at: 9 },
        'desert-star#ch1': { done: false, at: 6 },
        'the-poet': { done: false, at: 8 },
      }),
    );
  });

  it('keeps the current active plan and settings, adding settings only the backup has', () => {
    expect(merged.activePlanId).toBe('a');
    expect({ ...merged.settings }).toEqual({ spoilerSafe: true, theme: 'dark' });
  });

  it('takes the backup’s active plan when none is active', () => {
    expect(mergeBackup({ ...state, activePlanId: null }, incoming).activePlanId).toBe('c');
  });

  it('keeps a plan the same when both copies have the same time', () => {
    expect(mergeBackup(state, { ...incoming, plans: [plan('a', 10, 'Same time')] }).plans[0]?.name).toBe('Plan a');
  });
});

describe('replaceWithBackup', () => {
  it('gives exactly the backup’s plans, active plan, progress and settings', () => {
    const other: BackupFile = createBackup({ plans: [plan('z', 1)], activePlanId: null, progress: ProgressMap.EMPTY, settings: {} }, new Date(0));
    const replaced = replaceWithBackup(other);
    expect({ ...replaced, settings: { ...replaced.settings } }).toEqual({ plans: [plan('z', 1)], activePlanId: null, progress: ProgressMap.EMPTY, settings: {} });
  });
});
