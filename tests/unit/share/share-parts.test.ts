import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fromBase64Url, toBase64Url } from '../../../src/domain/share/base64url';
import { ByteReader, ByteWriter } from '../../../src/domain/share/bytes';
import { canonicalIds, readIdSet, writeIdSet } from '../../../src/domain/share/id-set';
import { readNumberSet, writeNumberSet } from '../../../src/domain/share/number-set';
import { shareContextFromPack } from '../../../src/domain/share/share-context';
import { SymbolReader, SymbolWriter } from '../../../src/domain/share/symbol-table';
import { loadConnelly } from './share-cases';

describe('base64url', () => {
  it('round-trips any bytes using only URL-safe characters', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const text = toBase64Url(bytes);
        expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(fromBase64Url(text)).toEqual(bytes);
      }),
    );
  });

  it('rejects characters outside the alphabet and impossible lengths', () => {
    expect(fromBase64Url('ab+c')).toBeNull();
    expect(fromBase64Url('abcde')).toBeNull();
  });
});

describe('number sets', () => {
  const roundTrip = (numbers: number[]) => {
    const out = new ByteWriter();
    writeNumberSet(out, numbers);
    const bytes = out.finish();
    return { bytes, back: readNumberSet(new ByteReader(bytes), { left: 1e6 }) };
  };

  it('round-trip any ascending set', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 3000 }), { minLength: 1, maxLength: 200 }), (numbers) => {
        const sorted = [...numbers].sort((a, b) => a - b);
        expect(roundTrip(sorted).back).toEqual(sorted);
      }),
    );
  });

  it('write a long run in a few bytes', () => {
    expect(roundTrip(Array.from({ length: 54 }, (_, i) => i + 1)).bytes.length).toBe(3);
  });
});

describe('id sets', () => {
  it('sort ids by prefix, then the prefix itself, seasons, episodes, chapters and pages', () => {
    expect(
      canonicalIds(['desert-star#ch10', 'desert-star#p1-48', 'bosch-s02e01', 'desert-star', 'bosch-s01', 'bosch-s01e10', 'bosch-s01e02', 'bosch', 'desert-star#ch9', 'bosch'])
    ).toEqual(['bosch', 'bosch-s01', 'bosch-s01e02', 'bosch-s01e10', 'bosch-s02e01', 'desert-star', 'desert-star#ch9', 'desert-star#ch10', 'desert-star#p1-48']);
  });

  it('keep ids that only look like episodes, chapters or pages exactly as written', () => {
    const odd = ['x-s1e1', 'x-s001', 'x#ch01', 'x#p48-1', 'x#p01-2', 'y#chapter'];
    const out = new ByteWriter();
    writeIdSet(out, new SymbolWriter(out, []), odd);
    const input = new ByteReader(out.finish());
    const back = readIdSet(input, new SymbolReader(input, []), { left: 100 });
    expect([...back].sort()).toEqual([...odd].sort());
  });

  it('list every show, season, episode, novel, chapter and series of a pack', () => {
    const pack = loadConnelly();
    const { ids, packId } = shareContextFromPack(pack);
    expect(packId).toBe(pack.id);
    expect(ids).toContain('legacy-s03');
    expect(ids).toContain('legacy-s03e10');
    expect(ids).toContain('desert-star#ch54');
    expect(ids).not.toContain('desert-star#ch55');
    expect(ids).toContain('haller');
    expect(new Set(ids).size).toBe(ids.length);
  });
});
