import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildOrder } from '../../../src/domain/order/build-order';
import { PackError } from '../../../src/domain/pack/pack-error';
import { indexPack } from '../../../src/domain/pack/pack-index';
import { parseAndIndexPack, parsePack } from '../../../src/domain/pack/parse-pack';
import type { Pack } from '../../../src/domain/pack/schema';
import { planFromPreset, presetSpec } from '../../../src/domain/plan/presets';
import { PRESETS as PRESETS_BEFORE } from '../fixtures/connelly-presets-before';
import { tinyPack } from '../fixtures/tiny-pack';

const shippedJson = (): Record<string, unknown> => JSON.parse(readFileSync('public/data/connelly.json', 'utf8')) as Record<string, unknown>;
const connelly = parsePack(shippedJson());

function problemsOf(json: unknown): readonly string[] {
  try {
    parsePack(json);
    return [];
  } catch (error) {
    if (error instanceof PackError) return error.problems;
    throw error;
  }
}

/** The tiny pack as schemaVersion 2 with a manifest, changed by `edit`. */
function withManifest(edit: (manifest: Record<string, unknown>) => void): unknown {
  const manifest: Record<string, unknown> = {
    title: 'The tiny universe',
    tagline: 'Watch and read the tiny universe',
    credits: 'Made for tests.',
    presets: [{ id: 'all', name: 'All', blurb: 'Everything.', include: [{ kind: 'all-shows' }, { kind: 'novels' }], strategy: 'release', granularity: 'book' }],
  };
  edit(manifest);
  return { ...tinyPack(), schemaVersion: 2, manifest };
}

describe('Connelly presets as data in the pack', () => {
  it.each(PRESETS_BEFORE.map((old) => [old.id, old] as const))('resolve to the same plan, item by item, as the hard-coded preset did (%s)', (id, old) => {
    const preset = connelly.manifest?.presets?.find((p) => p.id === id);
    if (!preset) throw new Error(`the pack has no preset ${id}`);
    expect(preset.name).toBe(old.name);
    expect(preset.blurb).toBe(old.blurb);
    const before = old.spec(connelly);
    const after = presetSpec(connelly, preset);
    expect(after).toEqual(before);
    const options = { id: 'p', now: 1, startDate: '2026-12-02' };
    const orderBefore = buildOrder(connelly, before).map((entry) => [entry.id, entry.title, entry.kind]);
    const orderAfter = buildOrder(connelly, planFromPreset(connelly, preset, options).spec).map((entry) => [entry.id, entry.title, entry.kind]);
    expect(orderAfter).toEqual(orderBefore);
  });

  it('keeps the presets in the order Home showed them', () => {
    expect(connelly.manifest?.presets?.map((p) => p.id)).toEqual(PRESETS_BEFORE.map((p) => p.id));
  });
});

describe('a pack in the version-1 format', () => {
  it('still loads, titled by its name, with presets derived from its shows and series', () => {
    const index = parseAndIndexPack(tinyPack());
    expect(index.pack.schemaVersion).toBe(1);
    expect(index.manifest.title).toBe('A tiny Connelly-like universe');
    expect(index.manifest.tagline).toBe('Watch and read A tiny Connelly-like universe in the right order');
    expect(index.manifest.presets.map((p) => p.id)).toEqual(['everything', 'shows', 'books-first', 'series-bosch', 'series-ballard', 'series-mcevoy']);
    expect(presetSpec(index.pack, index.manifest.presets[0]!).include).toEqual([
      ...tinyPack().shows.map((s) => s.id),
      ...tinyPack().novels.map((n) => n.id),
    ]);
  });

  it('gets a derived preset per novel series that plans exactly that series', () => {
    const index = parseAndIndexPack(tinyPack());
    const ballard = index.manifest.presets.find((p) => p.id === 'series-ballard');
    expect(ballard?.name).toBe('The Renée Ballard novels');
    const pack = index.pack;
    expect(presetSpec(pack, ballard!).include).toEqual(pack.novels.filter((n) => n.series.includes('ballard')).map((n) => n.id));
  });

  it('is refused when it carries a manifest, which needs version 2', () => {
    const json = withManifest(() => undefined) as Pack;
    expect(problemsOf({ ...json, schemaVersion: 1 })).toEqual(['manifest: needs schemaVersion 2']);
  });
});

describe('parsePack names every problem in a manifest by its path', () => {
  it('accepts a complete minimal manifest', () => {
    expect(problemsOf(withManifest(() => undefined))).toEqual([]);
  });

  it('says which rule kinds exist when a preset uses an unknown one', () => {
    expect(problemsOf(withManifest((m) => ((m.presets as { include: unknown[] }[])[0]!.include = [{ kind: 'films' }])))).toEqual([
      'manifest.presets[0].include[0].kind: unknown rule kind (known: all-shows, all-films, items, novels)',
    ]);
  });

  it('names an include id the pack does not have, and one of the wrong kind', () => {
    const problems = problemsOf(
      withManifest((m) => ((m.presets as { include: unknown[] }[])[0]!.include = [{ kind: 'items', ids: ['legacy-s01', 'no-such-thing'] }, { kind: 'novels', series: 'legacy' }])),
    );
    expect(problems).toEqual(['manifest.presets[0].include[0].ids[1]: unknown id "no-such-thing"', 'manifest.presets[0].include[1].series: "legacy" is a show; expected series']);
  });

  it('names a missing tagline, a duplicate preset id and a lane of no show', () => {
    const problems = problemsOf(
      withManifest((m) => {
        delete m.tagline;
        const presets = m.presets as object[];
        presets.push({ ...presets[0] });
        m.helix = { lanes: [{ lane: 'show:nope', label: 'Nope' }] };
      }),
    );
    expect(problems).toEqual(['manifest.tagline: is required (string)']);
    const afterTagline = problemsOf(
      withManifest((m) => {
        const presets = m.presets as object[];
        presets.push({ ...presets[0] });
        m.helix = { lanes: [{ lane: 'show:nope', label: 'Nope' }] };
      }),
    );
    expect(afterTagline).toEqual(['manifest.presets[1].id: duplicate preset id "all"', 'manifest.helix.lanes[0].lane: no show "nope" in this pack']);
  });

  it('renames a Helix lane the manifest names, and keeps the default name for the others', () => {
    const index = indexPack(parsePack(withManifest((m) => (m.helix = { intro: 'Two lanes.', lanes: [{ lane: 'series:bosch', label: 'Harry’s books' }] }))));
    expect(index.manifest.laneLabels.get('series:bosch')).toBe('Harry’s books');
    expect(index.manifest.helixIntro).toBe('Two lanes.');
  });
});
