import * as z from 'zod/mini';
import type { IncludeRule, IncludeRuleKind } from './include-rules';

/**
 * The schema of an include rule (include-rules.ts says what each kind means and how it resolves). One object
 * with the fields of every kind, then a check that a rule carries what its kind needs: the same rules as a discriminated union, without the union code in the start-up bundle (zod's schemas
 * module is shared with the saved-state validation there).
 */
const id = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'invalid id (lower-case letters, digits and dashes)'));
const ids = z.array(id).check(z.minLength(1, 'must name at least one id'));

/** The fields each kind requires besides `kind` (fields of other kinds are ignored, as they always were). */
const FIELDS: { readonly [K in IncludeRuleKind]: { readonly required: readonly string[] } } = {
  'all-shows': { required: [] },
  'all-films': { required: [] },
  items: { required: ['ids'] },
  novels: { required: [] },
};
const KIND_NAMES = Object.keys(FIELDS) as IncludeRuleKind[];

const anyRule = z.object({
  kind: z.enum(KIND_NAMES, `unknown rule kind (known: ${KIND_NAMES.join(', ')})`),
  ids: z.optional(ids),
  series: z.optional(id),
  adapted: z.optional(z.boolean()),
  /** Only books of this format (a novel's format is `novel` when the pack leaves it out). */
  format: z.optional(z.enum(['novel', 'story', 'collection'])),
});

/** One include rule; an unknown kind names the kinds that exist. */
export const includeRuleSchema = anyRule.check(
  z.superRefine((rule, ctx) => {
    const { required } = FIELDS[rule.kind];
    for (const field of required) {
      if (rule[field as keyof typeof rule] === undefined) ctx.issues.push({ code: 'custom', input: rule, path: [field], message: `is required for a ${rule.kind} rule` });
    }
  }),
) as unknown as z.ZodMiniType<IncludeRule>;
