import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSP } from '../../vite.config';

/** The headers file's rules: path → header name → value. */
function parseHeaders(text: string): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | null = null;
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!line.startsWith(' ')) {
      current = new Map();
      rules.set(line.trim(), current);
    } else if (current) {
      const colon = line.indexOf(':');
      current.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
    }
  }
  return rules;
}

describe('serve-time security headers (public/_headers)', () => {
  const all = parseHeaders(readFileSync('public/_headers', 'utf8')).get('/*');

  it('sends the page’s Content-Security-Policy as a header, with frame-ancestors none (a meta tag cannot forbid framing)', () => {
    expect(all?.get('content-security-policy')).toBe(`${CSP}; frame-ancestors 'none'`);
  });

  it('forbids content sniffing and referrers, and framing for browsers without CSP 2', () => {
    expect(all?.get('x-content-type-options')).toBe('nosniff');
    expect(all?.get('referrer-policy')).toBe('no-referrer');
    expect(all?.get('x-frame-options')).toBe('DENY');
  });
});
