/**
 * Text widths for laying out the Helix picture's labels without a DOM. Advance widths in hundredths of an em
 * for printable ASCII (32–126), measured from DejaVu Sans (what system-ui resolves to in Chromium on Linux), a wide
 * face: the system fonts of macOS, Windows and Android set the same text narrower, so a label that fits here fits there.
 */
const REGULAR = [32,40,46,84,64,95,78,27,39,39,50,84,32,36,32,34,64,64,64,64,64,64,64,64,64,64,34,34,84,84,84,53,100,71,69,70,77,63,58,77,75,29,29,66,56,86,75,79,60,79,69,63,60,73,68,99,69,61,69,39,34,39,84,50,50,61,63,55,63,62,34,63,63,28,28,58,28,97,63,61,63,63,40,52,39,63,59,82,59,59,52,64,34,64,84];
const BOLD = [35,46,52,84,70,100,87,31,46,46,52,84,38,42,38,37,70,70,70,70,70,70,70,70,70,70,40,40,84,84,84,58,100,77,76,73,83,68,68,82,84,37,37,77,64,100,84,85,73,85,77,68,70,81,77,110,77,72,73,46,37,46,84,50,50,67,72,59,72,68,41,72,71,34,34,67,34,104,71,69,72,72,49,60,48,71,65,92,65,65,58,71,37,71,84];
/** Curly quotes, dashes, accented letters and anything else: a generous default. */
const OTHER: Record<string, number> = { '‘': 32, '’': 32, '“': 52, '”': 52, '–': 50, '—': 100, '…': 100, '·': 32 };
const FALLBACK = 64;

/** Width in px of `text` set at `size` px. */
export function textWidth(text: string, size: number, bold = false): number {
  const table = bold ? BOLD : REGULAR;
  let hundredths = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    hundredths += code >= 32 && code <= 126 ? (table[code - 32] ?? FALLBACK) : (OTHER[char] ?? FALLBACK);
  }
  return (hundredths * size) / 100;
}

/**
 * Words wrapped into lines no wider than `maxWidth`, at most `maxLines` of them; null when the text does not
 * fit that way (a word wider than the line, or too many lines). Labels are never cut short: a label that
 * does not fit is placed elsewhere or left to the mark's card.
 */
export function wrapText(text: string, maxWidth: number, size: number, maxLines: number, bold = false): string[] | null {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate, size, bold) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (!line || textWidth(word, size, bold) > maxWidth) return null;
    lines.push(line);
    line = word;
  }
  if (line) lines.push(line);
  return lines.length <= maxLines ? lines : null;
}
