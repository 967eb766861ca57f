/** ISBN-13: 13 digits, prefix 978 or 979, and a check digit that makes the weighted sum (1,3,1,3…) a multiple of 10. */
export function isValidIsbn13(text: string): boolean {
  if (!/^97[89]\d{10}$/.test(text)) return false;
  let sum = 0;
  for (let i = 0; i < 13; i++) sum += Number(text[i]) * (i % 2 === 0 ? 1 : 3);
  return sum % 10 === 0;
}

/** "9780316485654" → "978-0-316-48565-4" is publisher-specific; we show the digits in groups of the EAN prefix only. */
export function formatIsbn13(isbn: string): string {
  return `${isbn.slice(0, 3)}-${isbn.slice(3)}`;
}

/** Open Library resolves any ISBN to its edition page; a plain link, no parameters. */
export function openLibraryUrl(isbn: string): string {
  return `https://openlibrary.org/isbn/${isbn}`;
}
