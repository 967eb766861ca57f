import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, icsDate, icsUtcDateTime, MAX_LINE_OCTETS, serializeLines } from '../../../src/domain/schedule/ical/ics-text';

const octets = (text: string) => new TextEncoder().encode(text).length;
const unfold = (lines: readonly string[]) => lines.map((line, i) => (i === 0 ? line : line.slice(1))).join('');

describe('escapeText', () => {
  it('escapes backslashes, semicolons, commas and line breaks', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });

  it('leaves colons, quotes and tabs alone and drops other control characters', () => {
    expect(escapeText('Bosch: "Legacy"\tS3\u0000\u0007\u001b\u007f')).toBe('Bosch: "Legacy"\tS3');
  });
});

describe('foldLine', () => {
  it('leaves a line of 75 octets whole', () => {
    expect(foldLine('x'.repeat(75))).toEqual(['x'.repeat(75)]);
  });

  it('folds long ASCII lines into 75-octet lines that continue with a space', () => {
    const lines = foldLine('y'.repeat(200));
    expect(lines.map((line) => line.length)).toEqual([75, 75, 52]);
    expect(lines.slice(1).every((line) => line.startsWith(' '))).toBe(true);
    expect(unfold(lines)).toBe('y'.repeat(200));
  });

  it('never cuts inside a multi-byte character', () => {
    // 74 ASCII octets, then a 4-octet emoji that would straddle the 75-octet limit.
    const lines = foldLine(`${'z'.repeat(74)}🦉 then more`);
    expect(lines[0]).toBe('z'.repeat(74));
    expect(lines[1]).toBe(' 🦉 then more');
  });

  it('keeps every physical line within 75 octets and valid UTF-8, and unfolds to the original', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 200 }), (a, b) => {
        const text = a + b;
        const lines = foldLine(text);
        for (const line of lines) {
          expect(octets(line)).toBeLessThanOrEqual(MAX_LINE_OCTETS);
          // A cut surrogate pair would not survive a UTF-8 round trip.
          expect(new TextDecoder().decode(new TextEncoder().encode(line))).toBe(line);
        }
        expect(unfold(lines)).toBe(text);
      }),
    );
  });
});

describe('serializeLines', () => {
  it('ends every line, the last included, with CRLF', () => {
    expect(serializeLines(['BEGIN:VCALENDAR', 'END:VCALENDAR'])).toBe('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
  });
});

describe('date values', () => {
  it('writes a calendar date as a DATE value', () => {
    expect(icsDate('2026-11-26')).toBe('20261126');
  });

  it('writes DTSTAMP in UTC whatever the local zone', () => {
    expect(icsUtcDateTime(new Date(Date.UTC(2026, 10, 26, 7, 5, 9)))).toBe('20261126T070509Z');
    expect(icsUtcDateTime(new Date('2026-03-29T01:30:00+02:00'))).toBe('20260328T233000Z');
  });

  it('rejects an invalid date', () => {
    expect(() => icsUtcDateTime(new Date(Number.NaN))).toThrow(RangeError);
  });
});
