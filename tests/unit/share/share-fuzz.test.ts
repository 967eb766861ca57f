import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { shareChecksum as checksumOf } from '../../../src/domain/share/checksum';
import { decodeShare, encodeShare, SHARE_MESSAGES } from '../../../src/domain/share/share-codec';
import { shareContextFromPack } from '../../../src/domain/share/share-context';
import { sharePayloadSchema } from '../../../src/domain/share/share-schema';
import { doubleHelixPayload, everythingHalfDonePayload, loadConnelly } from './share-cases';

const pack = loadConnelly();
const ctx = shareContextFromPack(pack);
const links = [encodeShare(doubleHelixPayload(pack), ctx), encodeShare(everythingHalfDonePayload(pack), ctx)];

/**
 * Either a clear refusal or a payload that passes the schema. decodeShare's last-resort catch
 * ("couldn't be read") must never be needed: every failure has to be a foreseen one.
 */
function expectWellBehaved(text: string) {
  const result = decodeShare(text, ctx);
  if (result.ok) expect(sharePayloadSchema.safeParse(result.payload).success).toBe(true);
  else {
    expect(result.error.length).toBeGreaterThan(10);
    expect(result.error).not.toBe(SHARE_MESSAGES.unreadable);
  }
  return result;
}

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

describe('decodeShare on hostile input', () => {
  it('never throws on 10,000 random strings, including link-shaped ones', () => {
    const linkShaped = fc
      .tuple(fc.constantFrom('1.r', '1.z', '1.', '2.r', '0.r', ''), fc.string({ unit: fc.constantFrom(...BASE64URL, '.'), maxLength: 200 }))
      .map(([head, rest]) => head + rest);
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 100 }), linkShaped), (text) => {
        expectWellBehaved(text);
      }),
      { numRuns: 10_000 },
    );
  });

  it('calls every cut-off copy of a valid link incomplete', () => {
    for (const link of links) {
      for (let length = 1; length < link.length; length++) {
        expect(expectWellBehaved(link.slice(0, length))).toEqual({ ok: false, error: SHARE_MESSAGES.incomplete });
      }
    }
  });

  it('refuses every single-character change of a valid link', () => {
    for (const link of links) {
      for (let i = 0; i < link.length; i++) {
        for (const replacement of ['A', 'z', '_', '-', '.', '9', ' ']) {
          if (link[i] === replacement) continue;
          const mutated = link.slice(0, i) + replacement + link.slice(i + 1);
          expect(expectWellBehaved(mutated).ok).toBe(false);
        }
      }
    }
  });

  it('survives links with a valid checksum around random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 120 }), fc.constantFrom('r', 'z'), (bytes, mode) => {
        let body = '';
        for (let i = 0; i < bytes.length; i++) body += BASE64URL[(bytes[i] ?? 0) & 63];
        const head = `1.${mode}${body}`;
        const forgedLink = `${head}.${checksumOf(head)}`;
        expectWellBehaved(forgedLink);
      }),
      { numRuns: 3000 },
    );
  });

  it('survives a dropped or doubled character anywhere in a valid link', () => {
    const link = links[0] ?? '';
    for (let i = 0; i < link.length; i++) {
      expect(expectWellBehaved(link.slice(0, i) + link.slice(i + 1)).ok).toBe(false);
      expect(expectWellBehaved(link.slice(0, i) + (link[i] ?? '') + link.slice(i)).ok).toBe(false);
    }
  });
});
