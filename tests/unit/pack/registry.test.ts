import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inPack } from '../../../src/app/paths';
import { DEFAULT_PACK_ID, isPackId, packParam, SHIPPED_PACKS } from '../../../src/data/pack-registry';
import { parsePack } from '../../../src/domain/pack/parse-pack';

describe('the shipped pack registry (public/data/packs.json)', () => {
  it('lists packs whose files exist, parse, and carry the id and title the registry gives them', () => {
    expect(SHIPPED_PACKS.length).toBeGreaterThan(0);
    for (const entry of SHIPPED_PACKS) {
      expect(isPackId(entry.id), entry.id).toBe(true);
      const path = `public/data/${entry.file}`;
      expect(existsSync(path), path).toBe(true);
      const pack = parsePack(JSON.parse(readFileSync(path, 'utf8')) as unknown);
      expect([pack.id, pack.title]).toEqual([entry.id, entry.title]);
    }
    expect(new Set(SHIPPED_PACKS.map((p) => p.id)).size).toBe(SHIPPED_PACKS.length);
  });

  it('opens Connelly for every address without ?pack=, as before there were several packs', () => {
    expect(DEFAULT_PACK_ID).toBe('connelly');
    expect(SHIPPED_PACKS.some((p) => p.id === DEFAULT_PACK_ID)).toBe(true);
    expect(packParam(DEFAULT_PACK_ID)).toBeNull();
  });
});

describe('in-app addresses', () => {
  it('carry ?pack= for another pack, before any #fragment and beside other parameters', () => {
    expect(inPack('/catalog', 'expanse')).toBe('/catalog?pack=expanse');
    expect(inPack('/plan?item=a%23ch1', 'expanse')).toBe('/plan?item=a%23ch1&pack=expanse');
    expect(inPack('/catalog/shows/x#season-2', 'expanse')).toBe('/catalog/shows/x?pack=expanse#season-2');
  });

  it('stay exactly as they were for the default pack', () => {
    expect(inPack('/catalog/shows/x#season-2', null)).toBe('/catalog/shows/x#season-2');
  });
});
