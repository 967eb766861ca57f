/**
 * What a preset includes, as data (docs/data-pack.md "Presets"). Each rule kind is one entry of INCLUDE_RULES:
 * the ids it names (checked against the pack) and how it resolves to item ids; its schema is the entry of the
 * same name in include-rule-schema.ts (kept apart so that resolving a preset, which Home does on first load,
 * does not bring the validator along). A new kind of item adds one entry in each; packs that use an unknown kind
 * are rejected with the kinds that exist.
 */
export type IncludeRule =
  /** Every show, in pack order. */
  | { kind: 'all-shows' }
  /** Every film, in pack order (none in a pack without films). */
  | { kind: 'all-films' }
  /** Named shows, seasons, episodes or novels, in the order given. */
  | { kind: 'items'; ids: string[] }
  /** Novels in pack order: all of them, or only those of one series, of one format and/or that a season or episode adapts. */
  | { kind: 'novels'; series?: string | undefined; adapted?: boolean | undefined; format?: 'novel' | 'story' | 'collection' | undefined };

export type IncludeRuleKind = IncludeRule['kind'];

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

interface RuleKind<R extends IncludeRule> {
  /** Ids the rule names and the kind of record each must be, for the integrity check. */
  names: (rule: R) => readonly NamedId[];
  resolve: (pack: RulePack, rule: R) => readonly string[];
}

const adaptedNovelIds = (pack: RulePack): Set<string> => new Set(pack.links.filter((link) => link.type === 'adapts').map((link) => link.from));

export const INCLUDE_RULES: { readonly [K in IncludeRuleKind]: RuleKind<Extract<IncludeRule, { kind: K }>> } = {
  'all-shows': {
    names: () => [],
    resolve: (pack) => pack.shows.map((show) => show.id),
  },
  'all-films': {
    names: () => [],
    resolve: (pack) => (pack.films ?? []).map((film) => film.id),
  },
  items: {
    names: (r) => r.ids.map((item, i) => ({ path: `ids[${String(i)}]`, id: item, kinds: ['show', 'season', 'episode', 'novel', 'film'] })),
    resolve: (_pack, r) => r.ids,
  },
  novels: {
    names: (r) => (r.series === undefined ? [] : [{ path: 'series', id: r.series, kinds: ['series'] }]),
    resolve: (pack, r) => {
      const adapted = r.adapted === true ? adaptedNovelIds(pack) : null;
      return pack.novels
        .filter((novel) => r.series === undefined || novel.series.includes(r.series))
        .filter((novel) => adapted === null || adapted.has(novel.id))
        .filter((novel) => r.format === undefined || (novel.format ?? 'novel') === r.format)
        .map((novel) => novel.id);
    },
  },
};

/** The rule's kind, for callers that handle any rule (TypeScript cannot pair a union with its entry). */
const kindOf = (rule: IncludeRule) => INCLUDE_RULES[rule.kind] as RuleKind<IncludeRule>;

export function ruleNames(rule: IncludeRule): readonly NamedId[] {
  return kindOf(rule).names(rule);
}

/** The item ids a list of rules includes, first-seen order, each once. */
export function resolveInclude(pack: RulePack, rules: readonly IncludeRule[]): string[] {
  const out = new Set<string>();
  for (const r of rules) for (const item of kindOf(r).resolve(pack, r)) out.add(item);
  return [...out];
}
