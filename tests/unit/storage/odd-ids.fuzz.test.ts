import fc from 'fast-check';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { createBackup } from '../../../src/domain/backup/backup-file';
import { parseBackup } from '../../../src/domain/backup/parse-backup';
import { DEFAULT_PACE, type Plan } from '../../../src/domain/plan/plan';
import { ProgressMap, type ProgressMark } from '../../../src/domain/progress/progress-map';
import { unionDone } from '../../../src/domain/progress/union-done';
import { toBase64Url } from '../../../src/domain/share/base64url';
import { shareChecksum } from '../../../src/domain/share/checksum';
import { decodeShare, encodeShare } from '../../../src/domain/share/share-codec';
import { shareContextFromPack } from '../../../src/domain/share/share-context';
import type { SharePayload } from '../../../src/domain/share/share-types';
import { writeBodyV1 } from '../../../src/domain/share/v1-body';
import { mergePersisted } from '../../../src/domain/storage/merge-persisted';
import { EMPTY_STATE, type PersistedState } from '../../../src/domain/storage/persisted-state';
import { restoreSaved } from '../../../src/domain/storage/read-saved-text';
import { savedTexts } from '../../../src/domain/storage/state-text';
import { mergeIntoMine } from '../../../src/features/settings/backup-actions';
import { progressMapOf, planFromShare } from '../../../src/features/share-preview/share-preview-model';
import { INITIAL_STATE, persistedOf, useHelixStore } from '../../../src/store/helix-store';
import { loadShareCases } from './odd-ids-cases';

/**
 * Ids that name properties every plain object inherits, fed with random ids through every way an id comes
 * in (share link, backup file, another tab's copy) and out again (saved text, reload). Each run must end in a
 * state that reads back exactly, with every id kept as an id.
 */
const ODD_IDS = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];
const { pack, doubleHelix } = loadShareCases();
const ctx = shareContextFromPack(pack);
const tried = { share: 0, shareOpened: 0, backup: 0 };

// Mostly ids a link can carry (constructor passes the id pattern; __proto__ and the camel-case names do not,
// so links holding them must be refused cleanly).
const linkIdArb = fc.oneof(
  { arbitrary: fc.constantFrom('constructor', 'constructor#ch1', 'prototype'), weight: 3 },
  { arbitrary: fc.constantFrom(...ODD_IDS), weight: 1 },
  { arbitrary: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,12}(#[a-z0-9-]{1,6})?$/), weight: 6 },
);
const anyIdArb = fc.oneof(fc.constantFrom(...ODD_IDS), fc.string({ minLength: 1, maxLength: 16 }));
const markArb: fc.Arbitrary<ProgressMark> = fc.record({ done: fc.boolean(), at: fc.integer({ min: 0, max: 1_000 }) });
const marksArb = fc.array(fc.tuple(anyIdArb, markArb), { maxLength: 12 });

function plan(id: string, updatedAt: number, name = `Plan ${id}`): Plan {
  return {
    id,
    name,
    packId: 'connelly',
    dataVersion: pack.dataVersion,
    spec: { include: ['legacy-s03'], strategy: 'release', readingGranularity: 'book' },
    pace: DEFAULT_PACE,
    startDate: '2026-01-05',
    createdAt: 1,
    updatedAt,
  };
}

const stateArb: fc.Arbitrary<PersistedState> = fc
  .record({ marks: marksArb, planIds: fc.uniqueArray(anyIdArb, { maxLength: 3 }), deleted: fc.array(fc.tuple(anyIdArb, fc.integer({ min: 0, max: 50 })), { maxLength: 3 }) })
  .map(({ marks, planIds, deleted }) => ({
    ...EMPTY_STATE,
    progress: ProgressMap.of(marks),
    plans: planIds.map((id, i) => plan(id, 100 + i)),
    deletedPlans: new Map(deleted.filter(([id]) => !planIds.includes(id))),
    activePlanId: planIds[0] ?? null,
  }));

/** Everything that would be saved for a state (main record and progress shards), as one string to compare. */
function stateText(state: PersistedState): string {
  return JSON.stringify(savedTexts(state));
}

/** Saved texts → reload, as the next page load reads them. */
function reload(text: string): PersistedState {
  const { main, shards } = JSON.parse(text) as ReturnType<typeof savedTexts>;
  const restored = restoreSaved(main, shards);
  if (!restored.ok) throw new Error(`unreadable after a write: ${restored.reason}`);
  return restored.state;
}

/** Entries sorted by id (marks may be null-prototype objects, which a plain sort cannot stringify). */
function sorted<T>(map: Iterable<[string, T]>): [string, T][] {
  return [...map].map(([id, value]): [string, T] => [id, typeof value === 'object' && value !== null ? { ...value } : value]).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function expectSameState(a: PersistedState, b: PersistedState) {
  expect(sorted(b.progress)).toEqual(sorted(a.progress));
  expect(b.plans).toEqual(a.plans);
  expect(sorted(b.deletedPlans)).toEqual(sorted(a.deletedPlans));
  expect(b.activePlanId).toBe(a.activePlanId);
}

/** A link as the adversarial pass built them: the body written directly, so ids the encoder refuses get in too. */
function handMadeLink(payload: SharePayload): string {
  try {
    return encodeShare(payload, ctx);
  } catch {
    const head = `1.r${toBase64Url(writeBodyV1(payload))}`;
    return `${head}.${shareChecksum(head)}`;
  }
}

afterAll(() => {
  console.log(
    `odd-id fuzz: ${String(tried.share)} share links (${String(tried.shareOpened)} opened, the rest refused cleanly) and ${String(tried.backup)} backup imports across two tabs tried`,
  );
});

describe('ids such as constructor and __proto__, from a share link', () => {
  it('survive decode → merge into mine → save → reload, or the link is refused and nothing changes (reproduction 1)', () => {
    fc.assert(
      fc.property(stateArb, fc.uniqueArray(linkIdArb, { minLength: 1, maxLength: 8 }), fc.boolean(), (mine, ids, openAsNew) => {
        tried.share += 1;
        let link: string;
        try {
          link = handMadeLink({ ...doubleHelix, progress: ids });
        } catch {
          return; // the body writer itself refuses the id: no link exists to open
        }
        const decoded = decodeShare(link, ctx);
        const before = stateText(mine);
        if (!decoded.ok) {
          expect(stateText(mine)).toBe(before);
          return;
        }
        tried.shareOpened += 1;
        const now = 5_000;
        let next: PersistedState = { ...mine, progress: unionDone(mine.progress, progressMapOf(decoded.payload, now)) };
        if (openAsNew) {
          const added = planFromShare(decoded.payload, 'from-link', pack.dataVersion, now);
          next = { ...next, plans: [...next.plans, added], activePlanId: added.id };
        }
        for (const id of decoded.payload.progress ?? []) expect(next.progress.get(id)?.done).toBe(true);
        const reloaded = reload(stateText(next));
        expectSameState(next, reloaded);
        expect(stateText(reloaded)).toBe(stateText(next));
      }),
      { numRuns: 1_000 },
    );
  });

  it('keeps the link “constructor” as one done mark, with the right time, in Merge and Open as new', () => {
    const link = encodeShare({ ...doubleHelix, progress: ['constructor', 'legacy-s03e01'] }, ctx);
    const decoded = decodeShare(link, ctx);
    if (!decoded.ok) throw new Error(decoded.error);
    const merged = unionDone(ProgressMap.EMPTY, progressMapOf(decoded.payload, 7));
    expect(merged.get('constructor')).toEqual({ done: true, at: 7 });
    const reloaded = reload(stateText({ ...EMPTY_STATE, progress: merged }));
    expect(reloaded.progress.get('constructor')).toEqual({ done: true, at: 7 });
  });
});

describe('ids such as constructor and __proto__, from a backup file with a second tab open', () => {
  beforeEach(() => useHelixStore.setState({ ...INITIAL_STATE }));

  it('survive import (merge) in one tab → save → the other tab merges → both settle on the same text', () => {
    fc.assert(
      fc.property(stateArb, stateArb, marksArb, fc.uniqueArray(anyIdArb, { minLength: 1, maxLength: 3 }), (tabA, tabB, backupMarks, backupPlanIds) => {
        tried.backup += 1;
        useHelixStore.setState(persistedOf(tabA));
        const file = createBackup(
          { plans: backupPlanIds.map((id) => plan(id, 500, `Backup ${id}`)), activePlanId: backupPlanIds[0] ?? null, progress: ProgressMap.of(backupMarks), settings: {} },
          new Date('2026-03-01T10:00:00Z'),
        );
        const parsed = parseBackup(JSON.stringify(file));
        if (!parsed.ok) throw new Error(parsed.error);
        expect(sorted(parsed.backup.progress)).toEqual(sorted(ProgressMap.of(backupMarks)));
        mergeIntoMine(parsed.backup, new Date(10_000));
        const aText = stateText(useHelixStore.getState());
        // tab B gets tab A's write, merges it and writes; tab A gets that back
        const bState = mergePersisted(tabB, reload(aText));
        const aState = mergePersisted(reload(aText), reload(stateText(bState)));
        expect(stateText(aState)).toBe(stateText(mergePersisted(bState, reload(stateText(aState)))));
        for (const id of backupPlanIds) {
          const tombstone = tabB.deletedPlans.get(id) ?? -1;
          // a backup plan is lost only to a deletion in tab B made after the plan's last change
          const kept = aState.plans.some((p) => p.id === id);
          expect(kept || tombstone >= (useHelixStore.getState().plans.find((p) => p.id === id)?.updatedAt ?? 0)).toBe(true);
        }
        for (const [id] of backupMarks) expect(aState.progress.has(id)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps a backup plan with the id “constructor” when a second tab is open (reproduction 1, backup path)', () => {
    const file = createBackup({ plans: [plan('constructor', 500)], activePlanId: 'constructor', progress: ProgressMap.EMPTY, settings: {} }, new Date(0));
    const parsed = parseBackup(JSON.stringify(file));
    if (!parsed.ok) throw new Error(parsed.error);
    mergeIntoMine(parsed.backup, new Date(10_000));
    const otherTab = mergePersisted({ ...EMPTY_STATE }, reload(stateText(useHelixStore.getState())));
    expect(otherTab.plans.map((p) => p.id)).toEqual(['constructor']);
    expect(reload(stateText(otherTab)).plans.map((p) => p.id)).toEqual(['constructor']);
  });

  it('reads settings with a __proto__ key as a plain key, not a prototype', () => {
    const parsed = parseBackup(`{"format":"helix-backup","version":1,"exportedAt":"2026-03-01T10:00:00Z","plans":[],"activePlanId":null,"progress":{},"settings":{"__proto__":{"hideDone":true}}}`);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(Object.getPrototypeOf(parsed.backup.settings)).toBeNull();
    mergeIntoMine(parsed.backup);
    expect(useHelixStore.getState().settings.hideDone).toBe(false);
  });
});
