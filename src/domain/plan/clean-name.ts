/**
 * Control characters (C0, DEL, C1) and bidirectional formatting characters (LRM/RLM, ALM, the embeddings
 * and overrides U+202A–U+202E, the isolates U+2066–U+2069). In a name from a link or a file they can
 * reverse or hide what the heading and the tab title show, and a name never needs them.
 */
function isUnsafe(code: number): boolean {
  return (
    code <= 0x1f ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x061c ||
    code === 0x200e ||
    code === 0x200f ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

/** A name safe to show: unsafe characters removed (nothing else changes, so ordinary names round-trip exactly). */
export function cleanName(text: string): string {
  let clean = '';
  for (const char of text) if (!isUnsafe(char.codePointAt(0) ?? 0)) clean += char;
  return clean;
}
