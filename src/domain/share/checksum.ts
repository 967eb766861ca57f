import { toBase64Url } from './base64url';

/**
 * Four base64url characters (24 bits) of FNV-1a over the link text: not security, just enough
 * that a mistyped or edited link is reported instead of silently opening some other plan.
 */
export function shareChecksum(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  const folded = (hash ^ (hash >>> 24)) & 0xffffff;
  return toBase64Url(Uint8Array.of(folded >>> 16, (folded >>> 8) & 0xff, folded & 0xff));
}
