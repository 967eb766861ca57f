import * as z from 'zod/mini';
import { STRATEGIES } from '../order/types';
import { isPartialDate } from '../pack/partial-date';
import { cleanName } from './clean-name';
import { PLAN_NAME_MAX } from './plan';

/**
 * Validators for plans kept in storage, backups and share links. They mirror Plan (plan.ts) and
 * OrderSpec (order/types.ts). Numbers are whole numbers within sane bounds so that a damaged or
 * hand-edited file cannot produce a plan the schedule cannot handle.
 */

// Kept in plan.ts (no zod), for the code that names plans without validating anything.
export { PLAN_NAME_MAX };

const wholeNumber = (min: number, max: number) =>
  z.int().check(z.minimum(min, `must be at least ${String(min)}`), z.maximum(max, `must be at most ${String(max)}`));

/** A calendar date YYYY-MM-DD that exists. */
export function isCalendarDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && isPartialDate(text);
}

export const calendarDateSchema = z.string().check(z.refine(isCalendarDate, 'must be a date (YYYY-MM-DD)'));

const itemId = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'invalid id'));

export const readingGranularitySchema = z.union([
  z.literal('book'),
  z.literal('segment'),
  z.object({ chapters: wholeNumber(1, 500) }),
  z.object({ pages: wholeNumber(1, 2000) }),
]);

export const orderSpecSchema = z.object({
  include: z.array(itemId).check(z.maxLength(5000, 'has too many items')),
  strategy: z.enum(STRATEGIES as ['release', 'book-first', 'show-first', 'series', 'helix']),
  seriesOrder: z.optional(z.array(itemId).check(z.maxLength(500, 'has too many items'))),
  readingGranularity: readingGranularitySchema,
  pagesPerHour: z.optional(wholeNumber(1, 1000)),
});

export const paceSchema = z.object({
  minutesPerWeekday: z.tuple([
    wholeNumber(0, 1440),
    wholeNumber(0, 1440),
    wholeNumber(0, 1440),
    wholeNumber(0, 1440),
    wholeNumber(0, 1440),
    wholeNumber(0, 1440),
    wholeNumber(0, 1440),
  ]),
  pagesPerHour: wholeNumber(1, 1000),
  splitReading: z.optional(z.boolean()),
});

/** A plan name as shown: control and bidi-override characters removed (see cleanName), then not empty. */
export const planNameSchema = z.pipe(
  z.pipe(z.string().check(z.maxLength(PLAN_NAME_MAX, `must be at most ${String(PLAN_NAME_MAX)} characters`)), z.transform(cleanName)),
  z.string().check(z.minLength(1, 'must not be empty')),
);

const timestamp = z.number().check(z.nonnegative('must not be negative'), z.refine(Number.isFinite, 'must be a finite number'));

export const planSchema = z.object({
  id: z.string().check(z.minLength(1, 'must not be empty'), z.maxLength(200, 'is too long')),
  name: planNameSchema,
  packId: itemId,
  dataVersion: z.string().check(z.refine(isPartialDate, 'must be a date')),
  spec: orderSpecSchema,
  pace: paceSchema,
  startDate: calendarDateSchema,
  createdAt: timestamp,
  updatedAt: timestamp,
});
