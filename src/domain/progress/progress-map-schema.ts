import * as z from 'zod/mini';
import { idRecordSchema } from '../storage/id-record-schema';
import { ProgressMap, type ProgressMark } from './progress-map';

// Apart from progress-map.ts: the store needs the map at once, the schema only once saved text is read (a lazy chunk).
export const progressMarkSchema = z.object({
  done: z.boolean(),
  at: z.number().check(z.nonnegative('must not be negative'), z.refine(Number.isFinite, 'must be a finite number')),
});

/** A stored or imported `{ id: { done, at } }` record, read key by key (any id is safe), as a ProgressMap. */
export const progressMapSchema = z.pipe(
  idRecordSchema(progressMarkSchema, 'a progress id must not be empty'),
  z.transform((marks: Map<string, ProgressMark>) => ProgressMap.of(marks)),
);
