import { ShareFormatError, type ByteReader, type ByteWriter } from './bytes';

/**
 * Strings in a link are written once: a varint code 0 introduces a new literal, codes 1…D name
 * an entry of the frozen dictionary, and higher codes repeat a literal met earlier in this link.
 */
export class SymbolWriter {
  private readonly codes = new Map<string, number>();
  private nextLocal: number;

  constructor(
    private readonly out: ByteWriter,
    dictionary: readonly string[],
  ) {
    dictionary.forEach((word, index) => this.codes.set(word, index + 1));
    this.nextLocal = dictionary.length + 1;
  }

  write(value: string): void {
    const code = this.codes.get(value);
    if (code !== undefined) {
      this.out.uint(code);
      return;
    }
    this.out.uint(0);
    this.out.text(value);
    this.codes.set(value, this.nextLocal++);
  }
}

export class SymbolReader {
  private readonly local: string[] = [];

  constructor(
    private readonly input: ByteReader,
    private readonly dictionary: readonly string[],
  ) {}

  read(): string {
    const code = this.input.uint(this.dictionary.length + this.local.length);
    if (code === 0) {
      const literal = this.input.text(200);
      this.local.push(literal);
      return literal;
    }
    const value = code <= this.dictionary.length ? this.dictionary[code - 1] : this.local[code - 1 - this.dictionary.length];
    if (value === undefined) throw new ShareFormatError('unknown symbol');
    return value;
  }
}
