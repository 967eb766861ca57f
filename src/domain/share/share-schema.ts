import * as z from 'zod/mini';
import { isPartialDate } from '../pack/partial-date';
import { calendarDateSchema, orderSpecSchema, paceSchema, planNameSchema } from '../plan/plan-schema';

const progressId = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*(#[a-z0-9-]+)?$/, 'invalid progress id'));

/** What a decoded link must satisfy before the app looks at it. */
export const sharePayloadSchema = z.object({
  packId: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'invalid id')),
  dataVersion: z.string().check(z.refine(isPartialDate, 'must be a date')),
  name: planNameSchema,
  spec: orderSpecSchema,
  pace: paceSchema,
  startDate: calendarDateSchema,
  progress: z.optional(z.array(progressId).check(z.maxLength(20_000, 'has too many items'))),
});
