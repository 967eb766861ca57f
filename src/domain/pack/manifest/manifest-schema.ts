import * as z from 'zod/mini';
import { includeRuleSchema } from './include-rule-schema';

/**
 * The franchise-specific part of a pack (schemaVersion 2, docs/data-pack.md "Manifest"): how Helix names
 * and introduces the universe, its starting presets and the wording of its Helix picture. Everything here is
 * shown as plain text; nothing is markup or a link. A pack without it gets defaults (see resolve-manifest.ts).
 */
const id = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'invalid id (lower-case letters, digits and dashes)'));
/** One line or a short paragraph of plain text. */
const text = (max: number) => z.string().check(z.minLength(1, 'must not be empty'), z.maxLength(max, `must be at most ${String(max)} characters`));

const wholeNumber = (min: number, max: number) =>
  z.int().check(z.minimum(min, `must be at least ${String(min)}`), z.maximum(max, `must be at most ${String(max)}`));

export const presetGranularitySchema = z.union([
  z.literal('book'),
  z.literal('segment'),
  z.object({ chapters: wholeNumber(1, 500) }),
  z.object({ pages: wholeNumber(1, 2000) }),
]);

export const manifestPresetSchema = z.object({
  id,
  name: text(80),
  /** One line for the preset card. */
  blurb: text(240),
  include: z.array(includeRuleSchema).check(z.minLength(1, 'a preset must include something')),
  strategy: z.enum(['release', 'book-first', 'show-first', 'series', 'helix']),
  /** For the `series` strategy: show and series ids, first to last. */
  seriesOrder: z.optional(z.array(id)),
  granularity: presetGranularitySchema,
  /** The pack's signature preset: its card stands out on Home. */
  featured: z.optional(z.boolean()),
});

export const helixLaneSchema = z.object({
  /** `show:<show id>`, `series:<series id>`, `films` or `characters` (the crossover lane). */
  lane: z.string().check(z.regex(/^(show:|series:)[a-z0-9][a-z0-9-]*$|^characters$|^films$/, 'must be show:<id>, series:<id>, films or characters')),
  label: text(60),
});

export const manifestSchema = z.object({
  /** The universe as a heading names it: "The Connelly universe". */
  title: text(80),
  /** Home's headline. */
  tagline: text(120),
  /** Home's introduction, after the counts of shows, episodes and novels. */
  intro: z.optional(text(600)),
  /** Credits and disclaimer for the footer ("Not affiliated with …"). */
  credits: text(300),
  presets: z.optional(z.array(manifestPresetSchema)),
  helix: z.optional(
    z.object({
      /** A sentence under the Helix picture's heading, after the general explanation. */
      intro: z.optional(text(400)),
      /** Lane names where the default ("<show title>", "<series title> novels", "Crossovers") is not right. */
      lanes: z.optional(z.array(helixLaneSchema)),
    }),
  ),
});

export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestPreset = z.infer<typeof manifestPresetSchema>;
