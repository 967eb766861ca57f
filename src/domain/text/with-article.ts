/** "the Harry Bosch novels", but "The Expanse novels": a name that brings its own article keeps it alone. */
export function withThe(phrase: string): string {
  return /^the\s/i.test(phrase) ? phrase : `the ${phrase}`;
}
