import * as z from 'zod/mini';
import { formatPath } from './pack-error';
import type { Pack } from './schema';

/**
 * A pack is served in two files (docs/decisions/010-first-load-and-pack-split.md): the *core*, everything the
 * order, the plan and the schedule need, and the *details*, every `sources` list and long note, which only the
 * catalogue and the Helix picture show. Both are cut from the authored pack at build time; the app joins them
 * again and validates the whole pack before it shows a detail.
 */
export const DETAIL_KEYS = ['sources', 'notes', 'note'] as const;
type DetailKey = (typeof DETAIL_KEYS)[number];
const isDetailKey = (key: string): key is DetailKey => (DETAIL_KEYS as readonly string[]).includes(key);

export type DetailFields = Partial<Record<DetailKey, unknown>>;

export interface PackDetails {
  readonly schemaVersion: 1;
  /** The pack these details belong to, and its data version: details of another version are refused. */
  readonly id: string;
  readonly dataVersion: string;
  /** [record key, its detail fields]; a record key is the record's id, or where it has none its path. */
  readonly records: readonly (readonly [string, DetailFields])[];
}

/** Shape only: the joined pack is validated in full (parsePack) before any detail is used. */
export const packDetailsSchema = z.object({
  schemaVersion: z.literal(1),
  id: z.string(),
  dataVersion: z.string(),
  records: z.array(z.tuple([z.string(), z.object({ sources: z.optional(z.unknown()), notes: z.optional(z.unknown()), note: z.optional(z.unknown()) })])),
});

type JsonObject = Record<string, unknown>;
const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Visits every object of a pack with its record key: '' for the pack itself; for a record with an `id`, the
 * list it sits in and that id (`novels/the-black-echo`, `seasons/bosch-s01`: a series and a show may share an
 * id, a list never holds one twice in a valid pack); else its owner's key and the path below it
 * (`novels/the-black-echo/segments/2`).
 */
function eachRecord(root: JsonObject, visit: (record: JsonObject, key: string, path: readonly PropertyKey[]) => void) {
  const walk = (value: unknown, key: string, path: PropertyKey[]) => {
    if (!isObject(value)) return;
    visit(value, key, path);
    for (const [field, child] of Object.entries(value)) {
      if (isDetailKey(field)) continue;
      const at = key === '' ? field : `${key}/${field}`;
      if (!Array.isArray(child)) walk(child, at, [...path, field]);
      else child.forEach((item, i) => walk(item, isObject(item) && typeof item.id === 'string' ? `${field}/${item.id}` : `${at}/${i}`, [...path, field, i]));
    }
  };
  walk(root, '', []);
}

/** Splits a validated, authored pack. Throws when two records that carry details share a key (never in a valid pack). */
export function splitPack(pack: Pack): { core: JsonObject; details: PackDetails } {
  const core = structuredClone(pack) as unknown as JsonObject;
  const records: [string, DetailFields][] = [];
  const seen = new Map<string, string>();
  const clash: string[] = [];
  eachRecord(core, (record, key, path) => {
    const fields: DetailFields = {};
    for (const field of DETAIL_KEYS) {
      if (!Object.hasOwn(record, field)) continue;
      fields[field] = record[field];
      delete record[field];
    }
    const where = formatPath(path) || '(root)';
    const first = seen.get(key);
    if (first === undefined) seen.set(key, where);
    if (Object.keys(fields).length === 0) return;
    records.push([key, fields]);
    if (first !== undefined) clash.push(`${where} shares the record key "${key}" with ${first}`);
  });
  // A record with details must be the only one with its key, or joining could not tell where they go.
  const withDetails = new Set(records.map(([key]) => key));
  eachRecord(core, (_record, key, path) => {
    const where = formatPath(path) || '(root)';
    if (withDetails.has(key) && seen.get(key) !== where) clash.push(`${where} shares the record key "${key}" with ${seen.get(key) ?? '?'}`);
  });
  if (clash.length > 0) throw new Error(`The pack cannot be split: ${[...new Set(clash)].join('; ')}`);
  return { core, details: { schemaVersion: 1, id: pack.id, dataVersion: pack.dataVersion, records } };
}

/**
 * Puts the details back into a copy of the core. Returns problems instead when the details belong to another
 * pack or version, or name a record the core does not have (or has twice). The result still needs parsePack.
 */
export function joinPack(core: Pack, details: PackDetails): { pack: unknown } | { problems: string[] } {
  if (details.id !== core.id || details.dataVersion !== core.dataVersion) {
    return { problems: [`the details are for ${details.id} ${details.dataVersion}, not ${core.id} ${core.dataVersion}`] };
  }
  const byKey = new Map<string, DetailFields>(details.records.map(([key, fields]) => [key, fields]));
  const pack = structuredClone(core) as unknown as JsonObject;
  const used = new Map<string, number>();
  eachRecord(pack, (record, key) => {
    const fields = byKey.get(key);
    if (fields === undefined) return;
    used.set(key, (used.get(key) ?? 0) + 1);
    for (const field of DETAIL_KEYS) if (Object.hasOwn(fields, field)) record[field] = fields[field];
  });
  const problems = [...byKey.keys()].flatMap((key) => {
    const count = used.get(key) ?? 0;
    if (count === 1) return [];
    return [count === 0 ? `the details name a record the pack does not have: "${key}"` : `the details' record key "${key}" is not unique in the pack`];
  });
  return problems.length > 0 ? { problems } : { pack };
}

/**
 * The sources an authored pack must carry, which the schema leaves optional because the core file has none:
 * the pack's list, and at least one source on every link, film, announced show and episode thread.
 */
export function missingDetails(pack: Pack): string[] {
  const problems: string[] = [];
  if (pack.sources === undefined) problems.push('sources: is required (array)');
  pack.links.forEach((link, i) => {
    if (link.sources === undefined) problems.push(`links[${i}].sources: a link needs at least one source`);
  });
  (pack.films ?? []).forEach((film, i) => {
    if (film.sources === undefined) problems.push(`films[${i}].sources: a film needs at least one source`);
  });
  (pack.announcedShows ?? []).forEach((show, i) => {
    if (show.sources === undefined) problems.push(`announcedShows[${i}].sources: an announced show needs at least one source`);
  });
  pack.shows.forEach((show, s) =>
    show.seasons.forEach((season, n) =>
      season.episodes.forEach((episode, e) =>
        (episode.threads ?? []).forEach((tag, t) => {
          if (tag.sources === undefined) {
            problems.push(`shows[${s}].seasons[${n}].episodes[${e}].threads[${t}].sources: an episode thread needs at least one source`);
          }
        }),
      ),
    ),
  );
  return problems;
}

/**
 * The generated files of one authored pack, by path under the served root: `data/<packId>.core.json` and
 * `data/<packId>.details.json`. The whole pack is validated first (parsePack): nothing is generated from a
 * bad pack. Throws PackError.
 */
export function packFilesOf(raw: unknown, parse: (raw: unknown) => Pack): Map<string, string> {
  const { core, details } = splitPack(parse(raw));
  return new Map([
    [`data/${details.id}.core.json`, JSON.stringify(core)],
    [`data/${details.id}.details.json`, JSON.stringify(details)],
  ]);
}
