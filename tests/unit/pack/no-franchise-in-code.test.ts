import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Issue 17: everything franchise-specific lives in the packs (public/data/*.json). What counts as
 * franchise wording: the names of the Connelly universe's people, shows and books, and its ids, in code
 * and markup that ship (src/, index.html, vite.config.ts). What does not: comments (they explain code with
 * examples), tests and their fixtures, and two files that are data by design, listed in ALLOWED with why.
 */
// Connelly's universe, and the second shipped universe (The Expanse), so it does not leak in either.
const WORDS = /\b(Connelly|Bosch|Ballard|Lincoln Lawyer|Haller|Desert Star|McEvoy|Renée|Gallagher|Pearlman|Expanse|Leviathan|Corey|Holden|Rocinante)\b/;
const IDS = /['"`/](connelly|bosch|legacy|ballard|lincoln|haller|desert-star)(-s\d|[-'"`.])|double-helix/;

const ALLOWED: Record<string, string> = {
  // Share-link format v1 (docs/decisions/004): a frozen dictionary of ids; editing it breaks every old link.
  'src/domain/share/v1-dictionary.ts': 'frozen share-link format',
  // The source families the data check groups a pack's sources by (docs/data-pack.md); never shown in the app.
  'src/domain/pack/quality/source-families.json': 'data-check registry',
};

/** Single lines that may name a pack id, with why. */
const ALLOWED_LINES: readonly { path: string; text: string; why: string }[] = [
  // The default pack starts downloading with the page, before any script runs.
  { path: 'index.html', text: 'href="/data/connelly.json"', why: 'preload of the default pack' },
  // Storage format: progress saved before there were several packs holds Connelly's ids without a prefix.
  { path: 'src/store/pack-progress.ts', text: "UNPREFIXED_PACK_ID = 'connelly'", why: 'a fact about stored data' },
];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Source text with comments blanked: block comments, line comments and JSX comments. URLs inside strings stay. */
function withoutComments(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1')
    .replace(/<!--[\s\S]*?-->/g, '');
}

const shipped = [...filesUnder('src'), 'index.html', 'vite.config.ts'].filter((path) => !/\.test\.tsx?$/.test(path) && !(path in ALLOWED));

describe('code outside the packs', () => {
  it('names no person, show, book or id of the Connelly universe', () => {
    const hits: string[] = [];
    for (const path of shipped) {
      withoutComments(readFileSync(path, 'utf8'))
        .split('\n')
        .forEach((line, i) => {
          if ((WORDS.test(line) || IDS.test(line)) && !ALLOWED_LINES.some((allowed) => allowed.path === path && line.includes(allowed.text))) hits.push(`${path}:${String(i + 1)}: ${line.trim()}`);
        });
    }
    expect(hits).toEqual([]);
  });

  it('catches such wording when it is there (the check is not blind)', () => {
    expect(WORDS.test(withoutComments("const title = 'Loading the Connelly universe…';"))).toBe(true);
    expect(IDS.test(withoutComments("include: ['legacy-s03', 'ballard-s01']"))).toBe(true);
    expect(WORDS.test(withoutComments('// e.g. Bosch: Legacy S3'))).toBe(false);
  });
});
