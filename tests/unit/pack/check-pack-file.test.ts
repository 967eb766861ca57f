import { describe, expect, it } from 'vitest';
import { checkPackFile, sameOriginPackUrl } from '../../../src/domain/pack/check-pack-file';
import { tinyPack } from '../fixtures/tiny-pack';

const SHIPPED = new Set(['connelly']);

describe('a pack file someone brings', () => {
  it('is accepted when it is a valid pack with an id of its own', () => {
    const result = checkPackFile(JSON.stringify(tinyPack()), SHIPPED);
    expect(result.ok && result.index.pack.id).toBe('tiny');
  });

  it('is refused, with where and what, when it is not JSON', () => {
    const result = checkPackFile('{ "schemaVersion": 1,', SHIPPED);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]).toMatch(/^\(file\): is not valid JSON \(/);
  });

  it('lists every schema problem by path', () => {
    const pack = { ...tinyPack(), dataVersion: 'yesterday', sources: ['ftp://x'] };
    const result = checkPackFile(JSON.stringify(pack), SHIPPED);
    expect(!result.ok && result.problems).toEqual(['dataVersion: invalid date', 'sources[0]: invalid URL']);
  });

  it('may not take the id of a shipped universe', () => {
    const result = checkPackFile(JSON.stringify({ ...tinyPack(), id: 'connelly' }), SHIPPED);
    expect(!result.ok && result.problems).toEqual(['id: "connelly" is the id of a universe that ships with Helix; give your pack an id of its own']);
  });

  it('may be called “constructor” (no prototype look-ups)', () => {
    const result = checkPackFile(JSON.stringify({ ...tinyPack(), id: 'constructor' }), SHIPPED);
    expect(result.ok && result.index.pack.id).toBe('constructor');
  });
});

describe('loading a pack by address', () => {
  const page = { href: 'https://helix.example/app/#/packs', origin: 'https://helix.example' };

  it('accepts an address on this site, relative or absolute', () => {
    expect(sameOriginPackUrl('data/mine.json', page)).toEqual({ ok: true, url: 'https://helix.example/app/data/mine.json' });
    expect(sameOriginPackUrl('https://helix.example/p.json', page)).toEqual({ ok: true, url: 'https://helix.example/p.json' });
  });

  it('refuses any other site, so a pack never comes from elsewhere', () => {
    const result = sameOriginPackUrl('https://evil.example/p.json', page);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem).toMatch(/^Only addresses on this site \(https:\/\/helix\.example\)/);
  });
});
