/** A value that can be read as a record: a non-null, non-array object. */
export function isRecordLike(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A null-prototype record of a Map (what JSON shows), safe for any key. */
export function recordOf<T>(map: ReadonlyMap<string, T>, sortKeys = false): Record<string, T> {
  const record = Object.create(null) as Record<string, T>;
  const keys = sortKeys ? [...map.keys()].sort() : map.keys();
  for (const key of keys) record[key] = map.get(key) as T;
  return record;
}
