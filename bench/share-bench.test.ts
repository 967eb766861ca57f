import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { toBase64Url } from '../src/domain/share/base64url';
import { encodeShare } from '../src/domain/share/share-codec';
import { shareContextFromPack } from '../src/domain/share/share-context';
import type { SharePayload } from '../src/domain/share/share-types';
import { writeBodyV1 } from '../src/domain/share/v1-body';
import { doubleHelixPayload, everythingHalfDonePayload, loadConnelly, URL_PREFIX } from '../tests/unit/share/share-cases';

const pack = loadConnelly();
const ctx = shareContextFromPack(pack);

/** Prints the URL length and the body sizes with and without deflate (the encoder keeps the shorter). */
function measure(label: string, payload: SharePayload): number {
  const body = writeBodyV1(payload);
  const url = URL_PREFIX + encodeShare(payload, ctx);
  const rawChars = toBase64Url(body).length;
  const deflatedChars = toBase64Url(deflateSync(body, { level: 9 })).length;
  console.log(`share/${label}: ${String(url.length)} chars (body base64 raw ${String(rawChars)}, deflated ${String(deflatedChars)}; ${String(payload.progress?.length ?? 0)} progress ids)`);
  return url.length;
}

describe('share link size', () => {
  it('keeps the Double Helix plan within 200 characters of URL', () => {
    expect(measure('double-helix', doubleHelixPayload(pack))).toBeLessThanOrEqual(200);
  });

  it('keeps every show and novel with half of all progress within 1,000 characters of URL', () => {
    expect(measure('everything-half-done', everythingHalfDonePayload(pack))).toBeLessThanOrEqual(1000);
  });
});
