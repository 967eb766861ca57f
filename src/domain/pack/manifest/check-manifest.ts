import type { PackIndex } from '../pack-index';
import { resolveInclude, ruleNames } from './include-rules';

/** The manifest's cross-record rules: every id it names exists and is of the right kind. "path: problem" lines. */
export function checkManifest(index: PackIndex): string[] {
  const { pack } = index;
  const problems: string[] = [];
  const say = (path: string, problem: string) => problems.push(`${path}: ${problem}`);
  const manifest = pack.manifest;
  if (manifest === undefined) return problems;
  if (pack.schemaVersion < 2) say('manifest', 'needs schemaVersion 2');

  const kindOf = (id: string, allowed: readonly string[]) => {
    if (allowed.includes('series') && index.series.has(id)) return 'series';
    return index.kinds.get(id);
  };
  const presetIds = new Set<string>();
  manifest.presets?.forEach((preset, p) => {
    const path = `manifest.presets[${p}]`;
    if (presetIds.has(preset.id)) say(`${path}.id`, `duplicate preset id "${preset.id}"`);
    presetIds.add(preset.id);
    preset.include.forEach((rule, r) => {
      ruleNames(rule).forEach((named) => {
        const where = `${path}.include[${r}].${named.path}`;
        const kind = kindOf(named.id, named.kinds);
        if (kind === undefined) say(where, `unknown id "${named.id}"`);
        else if (!named.kinds.includes(kind)) say(where, `"${named.id}" is a ${kind}; expected ${named.kinds.join(' or ')}`);
      });
    });
    if (problems.length === 0 && resolveInclude(pack, preset.include).length === 0) say(`${path}.include`, 'includes nothing in this pack');
    preset.seriesOrder?.forEach((id, i) => {
      if (!index.shows.has(id) && !index.series.has(id)) say(`${path}.seriesOrder[${i}]`, `unknown show or series "${id}"`);
    });
  });
  manifest.helix?.lanes?.forEach((lane, l) => {
    const [kind, id = ''] = lane.lane.split(':');
    const known = kind === 'characters' || kind === 'films' || (kind === 'show' ? index.shows.has(id) : index.series.has(id));
    if (!known) say(`manifest.helix.lanes[${l}].lane`, `no ${kind} "${id}" in this pack`);
  });
  return problems;
}
