import * as z from 'zod/mini';

/**
 * What a preset includes, as data (docs/data-pack.md "Presets"). Each rule kind is one entry of INCLUDE_RULES:
 * its schema, the ids it names (checked against the pack) and how it resolves to item ids. A new kind of item
 * (films, say) adds one entry here; packs that use an unknown kind are rejected with the kinds that exist.
 */
const id = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'invalid id (lower-case letters, digits and dashes)'));
const ids = z.array(id).check(z.minLength(1, 'must name at least one id'));

/** The parts of a pack that rules read (structural, so the pack schema can include the rule schema). */
export interface RulePack {
  readonly shows: readonly { readonly id: string }[];
  readonly novels: readonly { readonly id: string; readonly series: readonly string[]; readonly format?: string }[];
  readonly links: readonly { readonly type: string; readonly from: string }[];
  /** Films, in packs that have them (an optional array of the pack format, decision 010). */
  readonly films?: readonly { readonly id: string }[];
}

/** An id a rule names: where in the rule (`ids[0]`), and the kinds of record it may be. */
export interface NamedId {
  path: string;
  id: string;
  kinds: readonly string[];
}

interface RuleKind<S extends z.ZodMiniType> {
  schema: S;
  /** Ids the rule names and the kind of record each must be, for the integrity check. */
  names: (rule: z.infer<S>) => readonly NamedId[];
  resolve: (pack: RulePack, rule: z.infer<S>) => readonly string[];
}

const rule = <S extends z.ZodMiniType>(kind: RuleKind<S>) => kind;

const adaptedNovelIds = (pack: RulePack): Set<string> => new Set(pack.links.filter((link) => link.type === 'adapts').map((link) => link.from));

export const INCLUDE_RULES = {
  /** Every show, in pack order. */
  'all-shows': rule({
    schema: z.object({ kind: z.literal('all-shows') }),
    names: () => [],
    resolve: (pack) => pack.shows.map((show) => show.id),
  }),
  /** Every film, in pack order (none in a pack without films). */
  'all-films': rule({
    schema: z.object({ kind: z.literal('all-films') }),
    names: () => [],
    resolve: (pack) => (pack.films ?? []).map((film) => film.id),
  }),
  /** Named shows, seasons, episodes or novels, in the order given. */
  items: rule({
    schema: z.object({ kind: z.literal('items'), ids }),
    names: (r) => r.ids.map((item, i) => ({ path: `ids[${String(i)}]`, id: item, kinds: ['show', 'season', 'episode', 'novel', 'film'] })),
    resolve: (_pack, r) => r.ids,
  }),
  /** Novels in pack order: all of them, or only those of one series, of one format and/or that a season or episode adapts. */
  novels: rule({
    schema: z.object({
      kind: z.literal('novels'),
      series: z.optional(id),
      adapted: z.optional(z.boolean()),
      /** Only books of this format (a novel's format is `novel` when the pack leaves it out). */
      format: z.optional(z.enum(['novel', 'story', 'collection'])),
    }),
    names: (r) => (r.series === undefined ? [] : [{ path: 'series', id: r.series, kinds: ['series'] }]),
    resolve: (pack, r) => {
      const adapted = r.adapted === true ? adaptedNovelIds(pack) : null;
      return pack.novels
        .filter((novel) => r.series === undefined || novel.series.includes(r.series))
        .filter((novel) => adapted === null || adapted.has(novel.id))
        .filter((novel) => r.format === undefined || (novel.format ?? 'novel') === r.format)
        .map((novel) => novel.id);
    },
  }),
} as const;

export type IncludeRuleKind = keyof typeof INCLUDE_RULES;
export type IncludeRule = { [K in IncludeRuleKind]: z.infer<(typeof INCLUDE_RULES)[K]['schema']> }[IncludeRuleKind];

const KIND_NAMES = Object.keys(INCLUDE_RULES) as IncludeRuleKind[];
const RULE_SCHEMAS = KIND_NAMES.map((kind) => INCLUDE_RULES[kind].schema);

/** One include rule; an unknown kind names the kinds that exist. */
export const includeRuleSchema = z.discriminatedUnion(
  'kind',
  RULE_SCHEMAS as unknown as [typeof INCLUDE_RULES['all-shows']['schema'], ...(typeof INCLUDE_RULES)[IncludeRuleKind]['schema'][]],
  `unknown rule kind (known: ${KIND_NAMES.join(', ')})`,
);

export function ruleNames(rule: IncludeRule): readonly NamedId[] {
  const kind = INCLUDE_RULES[rule.kind] as RuleKind<z.ZodMiniType>;
  return kind.names(rule);
}

/** The item ids a list of rules includes, first-seen order, each once. */
export function resolveInclude(pack: RulePack, rules: readonly IncludeRule[]): string[] {
  const out = new Set<string>();
  for (const r of rules) {
    const kind = INCLUDE_RULES[r.kind] as RuleKind<z.ZodMiniType>;
    for (const item of kind.resolve(pack, r)) out.add(item);
  }
  return [...out];
}
