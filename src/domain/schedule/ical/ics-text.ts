/**
 * RFC 5545 text helpers: TEXT escaping, date values and line folding. Small and hand-written so
 * the calendar export needs no library; tests check the output with an independent parser.
 */

/** Longest content line, in octets (UTF-8 bytes), not counting the CRLF. */
export const MAX_LINE_OCTETS = 75;

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks; other control characters are dropped. */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex -- TEXT may not hold control characters other than tab
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/[\\;,\n]/g, (char) => (char === '\n' ? '\\n' : `\\${char}`));
}

/** `2026-11-26` → `20261126`, the DATE value form. */
export function icsDate(calendarDate: string): string {
  return calendarDate.replaceAll('-', '');
}

/** An instant as a UTC DATE-TIME, `YYYYMMDDTHHMMSSZ`. */
export function icsUtcDateTime(instant: Date): string {
  if (Number.isNaN(instant.getTime())) throw new RangeError('Invalid date for DTSTAMP');
  const pad = (value: number, width = 2) => String(value).padStart(width, '0');
  return (
    `${pad(instant.getUTCFullYear(), 4)}${pad(instant.getUTCMonth() + 1)}${pad(instant.getUTCDate())}` +
    `T${pad(instant.getUTCHours())}${pad(instant.getUTCMinutes())}${pad(instant.getUTCSeconds())}Z`
  );
}

/**
 * Folds one logical line into physical lines of at most 75 octets, each continuation starting
 * with a space (which counts). Cuts only between code points, so no UTF-8 sequence is split.
 */
export function foldLine(line: string): string[] {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char);
    if (octets + size > MAX_LINE_OCTETS) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines;
}

/** Joins content lines into a calendar object: folded, CRLF after every line. */
export function serializeLines(lines: readonly string[]): string {
  return lines.flatMap(foldLine).map((line) => `${line}\r\n`).join('');
}

function utf8Length(char: string): number {
  const codePoint = char.codePointAt(0) ?? 0;
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}
