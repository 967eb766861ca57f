import * as z from 'zod/mini';
import { isPartialDate } from './partial-date';
import { isValidIsbn13 } from './isbn';
import { manifestSchema } from './manifest/manifest-schema';

/**
 * The data-pack schema (see docs/data-pack.md); messages are short so that a path plus message reads as one
 * sentence. Sources and long notes are the pack's *details*: the app first loads a core file without them
 * (split-pack.ts), so here they are optional; the authored pack must carry them all (missingDetails in
 * split-pack.ts, run by parsePack).
 */
const id = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'invalid id (lower-case letters, digits and dashes)'));
const text = z.string().check(z.minLength(1, 'must not be empty'));
const url = z.string().check(z.regex(/^https?:\/\/\S+$/, 'invalid URL'));
const sources = z.array(url);
const partialDate = z.string().check(z.refine(isPartialDate, 'invalid date'));
const count = z.int().check(z.positive('must be a positive whole number'));
const chapterRange = z.tuple([count, count]).check(
  z.refine(([from, to]) => from <= to, 'chapter range must run forwards'),
);

export const confidenceSchema = z.enum(['sourced', 'inferred', 'unverified']);

/**
 * A story thread an episode carries on screen (its case), with how sure we are. An episode with
 * none is unknown, not "no thread"; see docs/data-pack.md.
 */
export const episodeThreadSchema = z.object({
  thread: id,
  confidence: confidenceSchema,
  sources: z.optional(sources.check(z.minLength(1, 'an episode thread needs at least one source'))),
});

/** ISBN-13 digits only (no dashes), with its check digit verified. */
export const isbn13Schema = z.string().check(z.refine(isValidIsbn13, 'invalid ISBN-13 (13 digits starting 978 or 979, with a correct check digit)'));

/** Where a show streams: the service and a plain link (no tracking parameters). */
export const watchSchema = z.object({
  service: text,
  url,
});

export const episodeSchema = z.object({
  id,
  number: count,
  /** Absent when no source names the episode: shown as "Episode N", never invented. */
  title: z.optional(text),
  released: z.optional(partialDate),
  runtimeMin: z.optional(count),
  titleConfidence: z.optional(z.enum(['high', 'medium', 'unknown'])),
  /** A one-line synopsis in our own words; hidden by spoiler safety. */
  logline: z.optional(text),
  sources: z.optional(sources),
  threads: z.optional(z.array(episodeThreadSchema)),
});

export const seasonSchema = z.object({
  id,
  number: count,
  premiere: z.optional(partialDate),
  /** Announced seasons carry no episodes yet. */
  announced: z.optional(z.boolean()),
  episodes: z.array(episodeSchema),
  sources: z.optional(sources),
});

export const showSchema = z.object({
  id,
  title: text,
  network: text,
  /** Runtime used where an episode's own is unknown; schedules mark such times approximate. */
  typicalRuntimeMin: count,
  seasons: z.array(seasonSchema),
  /** Where the show streams now; its sources are the show's. */
  watch: z.optional(watchSchema),
  sources: z.optional(sources),
});

/**
 * A show that is announced but has no season with episodes yet (e.g. a prequel in production). It is
 * not plannable, so it carries no runtime. When its first season is released it moves to `shows`
 * under the same id.
 */
export const announcedShowSchema = z.object({
  id,
  title: text,
  network: text,
  /** When the show was announced (greenlit). */
  announcedOn: partialDate,
  /** Only where a source gives it. */
  premiere: z.optional(partialDate),
  watch: z.optional(watchSchema),
  /** Own words: what is known about it. */
  notes: z.optional(text),
  sources: z.optional(sources.check(z.minLength(1, 'an announced show needs at least one source'))),
});

/**
 * A feature film adapted from a novel (or standing on its own). It is a screen item like an
 * episode: plans can include it by id, orders place it by its release date or beside the novel
 * an `adapts` link names. `confidence` is how sure its release date and runtime are.
 */
export const filmSchema = z.object({
  id,
  title: text,
  /** First release in the US (partial date). */
  released: partialDate,
  /** Only where a source gives it; otherwise schedules assume a typical film length (approximate). */
  runtimeMin: z.optional(count),
  /** The studio or network that released it. */
  distributor: text,
  confidence: confidenceSchema,
  watch: z.optional(watchSchema),
  /** Own words: caveats about the data (sources that disagree). */
  notes: z.optional(text),
  // Optional here because the core file carries no sources; an authored pack must have them (missingDetails).
  sources: z.optional(sources.check(z.minLength(1, 'a film needs at least one source'))),
});

export const partSchema = z.object({
  number: count,
  title: text,
  chapters: chapterRange,
});

export const segmentSchema = z.object({
  chapters: chapterRange,
  thread: id,
  /** Other threads that run through the segment in shorter scenes. */
  woven: z.optional(z.array(id)),
  label: text,
  confidence: confidenceSchema,
  sources: z.optional(sources),
});

export const novelSchema = z.object({
  id,
  title: text,
  published: partialDate,
  /** Series the novel belongs to, e.g. ["ballard", "bosch"]. */
  series: z.array(id).check(z.minLength(1, 'must name at least one series')),
  pages: z.optional(count),
  chapters: z.optional(count),
  chaptersConfidence: z.optional(confidenceSchema),
  parts: z.optional(z.array(partSchema)),
  segments: z.optional(z.array(segmentSchema)),
  notes: z.optional(text),
  /** `novel` when absent; `story` (a single short story or novella) or `collection` (several stories). */
  format: z.optional(z.enum(['novel', 'story', 'collection'])),
  /** ISBN-13s of editions a source names (digits only); shown with an Open Library link. */
  isbn13: z.optional(z.array(isbn13Schema)),
  sources: z.optional(sources),
});

export const seriesSchema = z.object({ id, title: text });

export const threadSchema = z.object({
  id,
  title: text,
  color: z.string().check(z.regex(/^#[0-9a-f]{6}$/i, 'invalid colour (#rrggbb)')),
  description: z.optional(text),
});

export const characterSchema = z.object({ id, name: text });

export const linkSchema = z.object({
  id,
  /**
   * adapts: novel (optionally a chapter range) → season or episode, or the whole novel → film;
   * leads-into: episode → episode of another show; appears-in: character → episode or season.
   */
  type: z.enum(['adapts', 'leads-into', 'appears-in']),
  from: id,
  to: id,
  chapters: z.optional(chapterRange),
  thread: z.optional(id),
  /** Own words: what the link carries over ("the Gallagher case"). Shown in reasons: content only. */
  label: z.optional(text),
  confidence: confidenceSchema,
  /** Own words: a caveat about the data (who names the link, what is not known). Never shown in a reason. */
  note: z.optional(text),
  sources: z.optional(sources.check(z.minLength(1, 'a link needs at least one source'))),
});

/** Versions this Helix reads. 2 adds the optional manifest; a version-1 pack gets its defaults (resolve-manifest.ts). */
export const PACK_SCHEMA_VERSIONS = [1, 2] as const;

export const packSchema = z.object({
  schemaVersion: z.literal(PACK_SCHEMA_VERSIONS),
  id,
  title: text,
  dataVersion: partialDate,
  sources: z.optional(sources),
  series: z.array(seriesSchema),
  characters: z.array(characterSchema),
  threads: z.array(threadSchema),
  shows: z.array(showSchema),
  novels: z.array(novelSchema),
  links: z.array(linkSchema),
  /** Shows announced without any episodes yet (optional; absent means none). */
  announcedShows: z.optional(z.array(announcedShowSchema)),
  /** Title, wording, presets and picture lanes (schemaVersion 2 only; see docs/data-pack.md "Manifest"). */
  manifest: z.optional(manifestSchema),
  /** Feature films (optional; absent means none). Added without a schema version change: older packs load as before. */
  films: z.optional(z.array(filmSchema)),
});

export type Confidence = z.infer<typeof confidenceSchema>;
export type Episode = z.infer<typeof episodeSchema>;
export type EpisodeThread = z.infer<typeof episodeThreadSchema>;
export type Season = z.infer<typeof seasonSchema>;
export type Show = z.infer<typeof showSchema>;
export type AnnouncedShow = z.infer<typeof announcedShowSchema>;
export type Watch = z.infer<typeof watchSchema>;
export type Film = z.infer<typeof filmSchema>;
export type Part = z.infer<typeof partSchema>;
export type Segment = z.infer<typeof segmentSchema>;
export type Novel = z.infer<typeof novelSchema>;
export type Series = z.infer<typeof seriesSchema>;
export type Thread = z.infer<typeof threadSchema>;
export type Character = z.infer<typeof characterSchema>;
export type Link = z.infer<typeof linkSchema>;
export type LinkType = Link['type'];
export type Pack = z.infer<typeof packSchema>;
