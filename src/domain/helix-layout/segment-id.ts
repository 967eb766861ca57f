/** A segment mark's id, `desert-star#38-54`: the same shape as a chapter reading block's entry id. */
export function segmentMarkId(novelId: string, chapters: readonly [number, number]): string {
  return `${novelId}#${chapters[0]}-${chapters[1]}`;
}
