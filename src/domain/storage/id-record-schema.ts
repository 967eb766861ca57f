import * as z from 'zod/mini';
import { isRecordLike } from './id-record';

/**
 * A JSON object keyed by ids from outside (progress ids, plan ids), read into a Map. zod's own record
 * assigns each key to a plain object, where `__proto__` replaces the prototype and `constructor` reads
 * Object.prototype's; here every own key is just a key. Values are checked one by one, so an error names its id.
 */
export function idRecordSchema<T>(value: z.ZodMiniType<T>, emptyIdMessage = 'an id must not be empty') {
  return z.pipe(
    z.unknown(),
    z.transform((input: unknown, ctx) => {
      if (!isRecordLike(input)) {
        ctx.issues.push({ code: 'custom', message: 'must be an object keyed by id', input });
        return z.NEVER;
      }
      const map = new Map<string, T>();
      for (const key of Object.keys(input)) {
        if (key === '') {
          ctx.issues.push({ code: 'custom', message: emptyIdMessage, path: [key], input: key });
          continue;
        }
        const parsed = value.safeParse(input[key]);
        if (parsed.success) map.set(key, parsed.data);
        else for (const issue of parsed.error.issues) ctx.issues.push({ ...issue, path: [key, ...issue.path] } as never);
      }
      return map;
    }),
  );
}
