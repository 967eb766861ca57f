import { describe, expect, it } from 'vitest';
import { shareChecksum } from '../../../src/domain/share/checksum';
import { decodeShare, encodeShare } from '../../../src/domain/share/share-codec';
import type { ShareContext } from '../../../src/domain/share/share-types';
import { V1_DICTIONARY } from '../../../src/domain/share/v1-dictionary';
import { GOLDEN_PAYLOADS } from './golden-payloads';

/**
 * Frozen share codes of format v1. Links already sent to people must open forever, so these
 * decode assertions may never change. If the encoder changes (a smarter choice, or a new fflate
 * version compressing differently; any v1 reader still reads both)
 * update only the `encodes` expectation and ADD the new code as a further vector; keep the old ones.
 */
const GOLDEN_V1: Record<keyof typeof GOLDEN_PAYLOADS & string, string> = {
  doubleHelix: '1.rAAwBu7szEFRoZSBEb3VibGUgSGVsaXjmuDMDBAIDAjIBAwIHCA.zYTY',
  everyFeature:
    '1.z45e2YVy421jdIzEnJ7VIQU3BKb84OUPhUcMUhUOry1NTs1PzUooP7Vb4MH_q1vc7-vfuMWbQ1WWQ-8C4hVFZmYWNiZWBt6pKNy-1XLc4tSgztZiViZGVhZmJU0KBUZWRgQcql5dflprDyMrEwsrGzsetwC9gcIGJ11WVg4WRUZVBSJCBiYuLld-Kg78BAA.IaM4',
  manyNewIds:
    '1.z42BgfHjCmMsnsSS1SCElsSRx0SljFgaBtNKS0qJU3bz8stQc3fy8VEYGIRShkoyiVKAgqrqS8nxGBm6oUHFGfjkTKxuLJQczkxWjNQcriw0LMxMzEwA.AdJw',
};

// The decoder only needs the pack id here; which ids are known affects warnings, not payloads.
const ctx: ShareContext = { packId: 'connelly', dataVersion: '2026-11-26', ids: [] };

describe('share format v1 golden vectors', () => {
  for (const [name, code] of Object.entries(GOLDEN_V1)) {
    const payload = GOLDEN_PAYLOADS[name];
    it(`decodes the frozen "${name}" code to its plan`, () => {
      const result = decodeShare(code, ctx);
      expect(result.ok && result.payload).toEqual(payload);
    });

    it(`still encodes the "${name}" plan to the frozen code`, () => {
      expect(payload && encodeShare(payload, ctx)).toBe(code);
    });
  }

  it('covers both raw and deflated bodies', () => {
    expect(Object.values(GOLDEN_V1).map((code) => code[2]).sort()).toEqual(['r', 'z', 'z']);
  });

  it('keeps the v1 dictionary exactly as released', () => {
    expect(V1_DICTIONARY).toHaveLength(56);
    expect(V1_DICTIONARY[0]).toBe('connelly');
    expect(V1_DICTIONARY[55]).toBe('the-hollow');
    expect(shareChecksum(V1_DICTIONARY.join('\n'))).toBe('iWEd');
  });
});
