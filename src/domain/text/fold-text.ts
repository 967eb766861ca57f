/** Lower case without accents, so "renee" finds "Renée" and "RENÉE" alike. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Whether every word of `query` occurs in `haystack` (both folded first), in any order. An empty query matches. */
export function matchesWords(haystack: string, query: string): boolean {
  const folded = foldText(haystack);
  return foldText(query)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => folded.includes(word));
}
