import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Strategy } from '../../../src/domain/order/types';
import { DEFAULT_PACE } from '../../../src/domain/plan/plan';
import { canonicalIds } from '../../../src/domain/share/id-set';
import { decodeShare, encodeShare, SHARE_MESSAGES } from '../../../src/domain/share/share-codec';
import { shareContextFromPack } from '../../../src/domain/share/share-context';
import type { SharePayload } from '../../../src/domain/share/share-types';
import { shareChecksum } from '../../../src/domain/share/checksum';
import { tinyPack } from '../fixtures/tiny-pack';
import { allProgressIds, doubleHelixPayload, everythingHalfDonePayload, loadConnelly, URL_PREFIX } from './share-cases';

const pack = loadConnelly();
const ctx = shareContextFromPack(pack);
const planIds = ctx.ids.filter((id) => !id.includes('#'));
const progressIds = allProgressIds(pack);

/** What decodeShare gives back for a payload: id sets in canonical order, without duplicates. */
function normalized(payload: SharePayload): SharePayload {
  const out: SharePayload = { ...payload, spec: { ...payload.spec, include: canonicalIds(payload.spec.include) } };
  if (payload.progress) out.progress = canonicalIds(payload.progress);
  return out;
}

const pad = (n: number) => String(n).padStart(2, '0');
const dateArb = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => `${String(d.getUTCFullYear())}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`);
const partialDateArb = fc.oneof(dateArb, dateArb.map((d) => d.slice(0, 7)), dateArb.map((d) => d.slice(0, 4)));
const literalIdArb = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,24}$/);
const literalProgressArb = fc.oneof(
  literalIdArb,
  fc.tuple(literalIdArb, fc.integer({ min: 1, max: 900 }), fc.integer({ min: 0, max: 90 })).map(
    ([novel, from, length]) => `${novel}#p${String(from)}-${String(from + length)}`,
  ),
  fc.tuple(literalIdArb, fc.integer({ min: 0, max: 300 })).map(([novel, chapter]) => `${novel}#ch${String(chapter)}`),
  fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,12}#[a-z0-9-]{1,12}$/),
);
const minutesArb = fc.integer({ min: 0, max: 1440 });

const payloadArb: fc.Arbitrary<SharePayload> = fc
  .record({
    dataVersion: partialDateArb,
    name: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }).filter((s) => s.length <= 80),
    include: fc.array(fc.oneof(fc.constantFrom(...planIds), literalIdArb), { maxLength: 60 }),
    strategy: fc.constantFrom<Strategy>('release', 'book-first', 'show-first', 'series', 'helix'),
    seriesOrder: fc.option(fc.array(fc.oneof(fc.constantFrom('bosch', 'legacy', 'ballard', 'lincoln', 'haller', 'mcevoy'), literalIdArb), { maxLength: 8 }), { nil: undefined }),
    readingGranularity: fc.oneof(
      fc.constantFrom('book' as const, 'segment' as const),
      fc.integer({ min: 1, max: 500 }).map((chapters) => ({ chapters })),
      fc.integer({ min: 1, max: 2000 }).map((pages) => ({ pages })),
    ),
    pagesPerHour: fc.option(fc.integer({ min: 1, max: 1000 }), { nil: undefined }),
    pace: fc.oneof(
      fc.constant(DEFAULT_PACE),
      fc.constantFrom(true, false).map((splitReading) => ({ ...DEFAULT_PACE, splitReading })),
      fc.record(
        {
          minutesPerWeekday: fc.tuple(minutesArb, minutesArb, minutesArb, minutesArb, minutesArb, minutesArb, minutesArb),
          pagesPerHour: fc.integer({ min: 1, max: 1000 }),
          splitReading: fc.boolean(),
        },
        { requiredKeys: ['minutesPerWeekday', 'pagesPerHour'] },
      ),
    ),
    startDate: dateArb,
    progress: fc.option(fc.array(fc.oneof(fc.constantFrom(...progressIds), literalProgressArb), { maxLength: 300 }), { nil: undefined }),
  })
  .map(({ include, strategy, seriesOrder, readingGranularity, pagesPerHour, progress, ...rest }) => {
    const payload: SharePayload = { packId: pack.id, ...rest, spec: { include, strategy, readingGranularity } };
    if (seriesOrder) payload.spec = { ...payload.spec, seriesOrder };
    if (pagesPerHour !== undefined) payload.spec = { ...payload.spec, pagesPerHour };
    if (progress) payload.progress = progress;
    return payload;
  });

function decoded(code: string): SharePayload {
  const result = decodeShare(code, ctx);
  if (!result.ok) throw new Error(result.error);
  return result.payload;
}

describe('encodeShare and decodeShare', () => {
  it('give back the same plan and progress for any payload', () => {
    fc.assert(
      fc.property(payloadArb, (payload) => {
        expect(decoded(encodeShare(payload, ctx))).toEqual(normalized(payload));
      }),
      { numRuns: 300 },
    );
  });

  it('give back the Double Helix plan', () => {
    const payload = doubleHelixPayload(pack);
    const result = decodeShare(encodeShare(payload, ctx), ctx);
    expect(result).toEqual({ ok: true, payload: normalized(payload), warnings: [] });
  });

  it('give back a plan with the films, and a watched film, without calling them unknown', () => {
    const payload = doubleHelixPayload(pack);
    payload.spec = { ...payload.spec, include: [...payload.spec.include, 'film-blood-work', 'film-the-lincoln-lawyer', 'the-lincoln-lawyer'] };
    payload.progress = ['film-blood-work', 'legacy-s03e01'];
    const result = decodeShare(encodeShare(payload, ctx), ctx);
    expect(result).toEqual({ ok: true, payload: normalized(payload), warnings: [] });
  });

  it('give back every show and novel with half of all progress', () => {
    const payload = everythingHalfDonePayload(pack);
    expect(decoded(encodeShare(payload, ctx))).toEqual(normalized(payload));
  });

  it('keep "no progress shared" apart from "nothing done yet"', () => {
    const none = doubleHelixPayload(pack);
    expect(decoded(encodeShare(none, ctx)).progress).toBeUndefined();
    expect(decoded(encodeShare({ ...none, progress: [] }, ctx)).progress).toEqual([]);
  });

  it('keep whether reading blocks may be split across days', () => {
    const payload = doubleHelixPayload(pack);
    for (const splitReading of [true, false]) {
      expect(decoded(encodeShare({ ...payload, pace: { ...payload.pace, splitReading } }, ctx)).pace.splitReading).toBe(splitReading);
    }
    expect(decoded(encodeShare(payload, ctx)).pace).not.toHaveProperty('splitReading');
  });

  it('keep the order of seriesOrder as given', () => {
    const payload = { ...doubleHelixPayload(pack), spec: { ...doubleHelixPayload(pack).spec, strategy: 'series' as const, seriesOrder: ['lincoln', 'bosch', 'haller'] } };
    expect(decoded(encodeShare(payload, ctx)).spec.seriesOrder).toEqual(['lincoln', 'bosch', 'haller']);
  });

  it('fit the Double Helix plan in 200 characters of URL', () => {
    expect((URL_PREFIX + encodeShare(doubleHelixPayload(pack), ctx)).length).toBeLessThanOrEqual(200);
  });

  it('fit every show and novel with half of all progress in 1,000 characters of URL', () => {
    expect((URL_PREFIX + encodeShare(everythingHalfDonePayload(pack), ctx)).length).toBeLessThanOrEqual(1000);
  });

  it('work for a pack the v1 dictionary does not know, spelling its ids out', () => {
    const tiny = tinyPack();
    const tinyCtx = shareContextFromPack(tiny);
    const payload: SharePayload = {
      ...doubleHelixPayload(tiny),
      spec: { ...doubleHelixPayload(tiny).spec, include: [...tiny.shows.map((show) => show.id), ...tiny.novels.map((novel) => novel.id)] },
      progress: tinyCtx.ids.filter((id, i) => i % 2 === 0 && (id.includes('#') || /-s\d\de\d\d$/.test(id))),
    };
    const result = decodeShare(encodeShare(payload, tinyCtx), tinyCtx);
    expect(result).toEqual({ ok: true, payload: normalized(payload), warnings: [] });
  });

  it('refuse to encode a payload for another pack or with an invalid plan', () => {
    expect(() => encodeShare({ ...doubleHelixPayload(pack), packId: 'other' }, ctx)).toThrow(/other/);
    expect(() => encodeShare({ ...doubleHelixPayload(pack), name: 'x'.repeat(81) }, ctx)).toThrow(/name/);
  });
});

describe('decodeShare messages', () => {
  const code = encodeShare(doubleHelixPayload(pack), ctx);
  const rebuild = (head: string) => `${head}.${shareChecksum(head)}`;

  it('accepts a whole URL as well as the code', () => {
    expect(decodeShare(URL_PREFIX + code, ctx).ok).toBe(true);
    expect(decodeShare(`  ${code}\n`, ctx).ok).toBe(true);
  });

  it('says a cut-off link is incomplete', () => {
    expect(decodeShare(code.slice(0, -1), ctx)).toEqual({ ok: false, error: SHARE_MESSAGES.incomplete });
    expect(decodeShare(code.slice(0, 20), ctx)).toEqual({ ok: false, error: SHARE_MESSAGES.incomplete });
  });

  it('says an edited link is damaged', () => {
    const i = 10;
    const edited = code.slice(0, i) + (code[i] === 'A' ? 'B' : 'A') + code.slice(i + 1);
    expect(decodeShare(edited, ctx)).toEqual({ ok: false, error: SHARE_MESSAGES.damaged });
  });

  it('says a link from a newer format version needs a newer Helix', () => {
    expect(decodeShare(rebuild('2.rAAAA'), ctx)).toEqual({ ok: false, error: SHARE_MESSAGES.newer });
  });

  it('says text that is not a share link is not one', () => {
    expect(decodeShare('hello world', ctx)).toEqual({ ok: false, error: SHARE_MESSAGES.notHelix });
    expect(decodeShare('', ctx)).toEqual({ ok: false, error: SHARE_MESSAGES.empty });
  });

  it('says a very long link is too long', () => {
    expect(decodeShare(`1.r${'A'.repeat(9000)}`, ctx)).toEqual({ ok: false, error: SHARE_MESSAGES.tooLong });
  });

  it('reports a body that passes its checksum but does not parse as damaged', () => {
    expect(decodeShare(rebuild('1.r_____'), ctx)).toEqual({ ok: false, error: SHARE_MESSAGES.damaged });
    expect(decodeShare(rebuild('1.z_____'), ctx)).toEqual({ ok: false, error: SHARE_MESSAGES.damaged });
  });

  it('names the field when a well-formed link carries an invalid plan', () => {
    // Written byte by byte, since the encoder refuses invalid plans: 2026-02-30 does not exist.
    const forged = forgeStartDate('2026-02-30');
    const forgedResult = decodeShare(forged, ctx);
    expect(forgedResult.ok).toBe(false);
    if (!forgedResult.ok) expect(forgedResult.error).toMatch(/startDate/);
  });

  it('refuses a link made for another data pack', () => {
    const otherCtx = { ...ctx, packId: 'other-pack' };
    const result = decodeShare(code, otherCtx);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/another data set/);
  });

  it('names the pack a link is for, so the app can open it in that universe', () => {
    const result = decodeShare(code, { ...ctx, packId: 'other-pack' });
    expect(result.ok ? null : result.packId).toBe(ctx.packId);
    const damaged = decodeShare(code.slice(0, -1), { ...ctx, packId: 'other-pack' });
    expect(damaged.ok ? null : damaged.packId).toBeUndefined();
  });

  it('warns about a different data version and about ids this data does not know, keeping them', () => {
    const payload = {
      ...doubleHelixPayload(pack),
      dataVersion: '2030-01-01',
      spec: { ...doubleHelixPayload(pack).spec, include: ['desert-star', 'a-future-novel'] },
      progress: ['a-future-novel#ch3', 'bosch-s09e01', 'desert-star#ch1', 'the-black-ice#p1-48'],
    };
    const result = decodeShare(encodeShare(payload, ctx), ctx);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.payload).toEqual(normalized(payload));
    expect(result.warnings).toHaveLength(2);
    expect(result.warnings[0]).toMatch(/2030-01-01/);
    expect(result.warnings[1]).toMatch(/^3 items/);
  });
});

/** A v1 link whose start date field holds a literal string the schema must reject. */
function forgeStartDate(date: string): string {
  // Body: flags 0, strategy helix (4) | segment (1 << 3), packId = dictionary code 1,
  // dataVersion literal, name literal, startDate literal, include: no groups.
  const text = (s: string) => [s.length, ...new TextEncoder().encode(s)];
  const bytes = Uint8Array.from([0, 4 | 8, 1, 0, ...text('2026-01-01'), ...text('Plan'), 0, ...text(date), 0]);
  let b64 = '';
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  for (let i = 0; i < bytes.length * 8; i += 6) {
    let v = 0;
    for (let b = 0; b < 6; b++) v = (v << 1) | (i + b < bytes.length * 8 ? ((bytes[(i + b) >> 3] ?? 0) >> (7 - ((i + b) & 7))) & 1 : 0);
    b64 += alphabet[v];
  }
  const head = `1.r${b64}`;
  return `${head}.${shareChecksum(head)}`;
}
