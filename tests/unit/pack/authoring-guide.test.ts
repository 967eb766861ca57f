import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAndIndexPack } from '../../../src/domain/pack/parse-pack';
import { presetSpec } from '../../../src/domain/plan/presets';
import { buildOrderFromIndex } from '../../../src/domain/order/build-order';
import { runDataCheck } from '../../../src/domain/pack/quality/run-data-check';
import type { SourceFamily } from '../../../src/domain/pack/quality/source-families';

const guide = readFileSync('docs/data-pack.md', 'utf8');
const families = (JSON.parse(readFileSync('src/domain/pack/quality/source-families.json', 'utf8')) as { families: SourceFamily[] }).families;

/** The JSON block under "A minimal complete pack" in the authoring guide. */
function examplePack(): unknown {
  const section = guide.split('### A minimal complete pack')[1] ?? '';
  const block = /```json\n([\s\S]*?)\n```/.exec(section)?.[1];
  if (block === undefined) throw new Error('the guide has no example pack');
  return JSON.parse(block) as unknown;
}

describe('the authoring guide’s minimal pack', () => {
  it('passes every check pack:check runs', () => {
    expect(runDataCheck(examplePack(), families).problems).toEqual([]);
  });

  it('plans the book before the season that adapts it with its own preset', () => {
    const index = parseAndIndexPack(examplePack());
    const preset = index.manifest.presets[0];
    if (!preset) throw new Error('no preset');
    const order = buildOrderFromIndex(index, presetSpec(index.pack, preset)).map((entry) => entry.id);
    expect(order).toEqual(['saga-one', 'saga-tv-s01e01', 'saga-tv-s01e02', 'saga-tv-s01e03']);
  });
});
