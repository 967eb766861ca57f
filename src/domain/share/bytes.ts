/** Raised while reading a damaged or hostile share body; the codec turns it into a message. */
export class ShareFormatError extends Error {
  override readonly name = 'ShareFormatError';
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

/** Appends unsigned LEB128 varints, bytes and strings. */
export class ByteWriter {
  private readonly bytes: number[] = [];

  byte(value: number): void {
    this.bytes.push(value & 0xff);
  }

  uint(value: number): void {
    if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`cannot write ${String(value)} as a varint`);
    let rest = value;
    while (rest >= 0x80) {
      this.bytes.push((rest % 0x80) | 0x80);
      rest = Math.floor(rest / 0x80);
    }
    this.bytes.push(rest);
  }

  raw(bytes: Uint8Array): void {
    for (const b of bytes) this.bytes.push(b);
  }

  text(value: string): void {
    const utf8 = encoder.encode(value);
    this.uint(utf8.length);
    this.raw(utf8);
  }

  get length(): number {
    return this.bytes.length;
  }

  finish(): Uint8Array {
    return Uint8Array.from(this.bytes);
  }
}

/** Reads what ByteWriter wrote; any overrun or oversized number is a ShareFormatError. */
export class ByteReader {
  private offset = 0;

  constructor(private readonly bytes: Uint8Array) {}

  byte(): number {
    const value = this.bytes[this.offset];
    if (value === undefined) throw new ShareFormatError('ran out of data');
    this.offset++;
    return value;
  }

  /** A varint no larger than `max` (keeps hostile input from asking for huge loops). */
  uint(max = 0xffffffff): number {
    let value = 0;
    let scale = 1;
    for (let i = 0; i < 6; i++) {
      const b = this.byte();
      value += (b & 0x7f) * scale;
      if (value > max) throw new ShareFormatError('number out of range');
      if ((b & 0x80) === 0) return value;
      scale *= 0x80;
    }
    throw new ShareFormatError('number too long');
  }

  raw(length: number): Uint8Array {
    if (this.offset + length > this.bytes.length) throw new ShareFormatError('ran out of data');
    const out = this.bytes.subarray(this.offset, this.offset + length);
    this.offset += length;
    return out;
  }

  text(maxBytes = 1000): string {
    const length = this.uint(maxBytes);
    try {
      return decoder.decode(this.raw(length));
    } catch (error) {
      if (error instanceof ShareFormatError) throw error;
      throw new ShareFormatError('invalid text');
    }
  }

  get done(): boolean {
    return this.offset >= this.bytes.length;
  }
}
