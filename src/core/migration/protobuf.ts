import { CoreError } from '../errors';

/**
 * Just enough of the protobuf wire format for Google Authenticator's MigrationPayload:
 * varints, length-delimited fields, and skipping every kind of unknown field.
 * Hand-written so the extension carries no protobuf library; every length is bounds-checked.
 */

export type ProtobufErrorCode = 'truncated' | 'malformed-protobuf';

export class ProtobufError extends CoreError<ProtobufErrorCode> {
  override readonly name = 'ProtobufError';
}

export const WireType = {
  varint: 0,
  fixed64: 1,
  lengthDelimited: 2,
  startGroup: 3,
  endGroup: 4,
  fixed32: 5,
} as const;
export type WireType = (typeof WireType)[keyof typeof WireType];

export interface FieldTag {
  readonly field: number;
  readonly wireType: WireType;
}

const MAX_VARINT_BYTES = 10;
const MAX_FIELD_NUMBER = 2 ** 29 - 1;
// Groups nest; a hostile payload must not recurse without end.
const MAX_GROUP_DEPTH = 16;

export class ProtobufReader {
  #offset = 0;

  /**
   * @param endCode what running past the end means: for the whole payload the data was cut
   *   short ('truncated'); inside a sub-message the framing itself is wrong.
   */
  constructor(
    private readonly bytes: Uint8Array,
    private readonly endCode: ProtobufErrorCode = 'truncated',
  ) {}

  get done(): boolean {
    return this.#offset >= this.bytes.length;
  }

  readTag(): FieldTag {
    const tag = this.readVarint();
    const field = tag >> 3n;
    const wireType = Number(tag & 7n);
    if (field === 0n || field > BigInt(MAX_FIELD_NUMBER)) {
      throw malformed('a field number is out of range');
    }
    if (!isWireType(wireType)) throw malformed('a field has an unknown wire type');
    return { field: Number(field), wireType };
  }

  /** An unsigned 64-bit varint; callers reinterpret it (int32, int64, enum). */
  readVarint(): bigint {
    let value = 0n;
    for (let index = 0; index < MAX_VARINT_BYTES; index++) {
      const byte = this.bytes[this.#offset];
      if (byte === undefined) throw this.pastEnd('a number is cut short');
      this.#offset++;
      // The tenth byte may carry only the 64th bit, and must end the number.
      if (index === MAX_VARINT_BYTES - 1 && byte > 1) {
        throw malformed('a number is longer than 64 bits');
      }
      value |= BigInt(byte & 0x7f) << BigInt(7 * index);
      if (byte < 0x80) return value;
    }
    // Unreachable: the tenth byte either ends the number or was rejected above.
    throw malformed('a number is longer than 64 bits');
  }

  readLengthDelimited(): Uint8Array {
    const length = this.readVarint();
    if (length > BigInt(this.bytes.length - this.#offset)) {
      throw this.pastEnd('a field is longer than the data');
    }
    return this.take(Number(length));
  }

  /** Steps over a field this reader does not know, whatever its wire type. */
  skip(tag: FieldTag, depth = 0): void {
    switch (tag.wireType) {
      case WireType.varint:
        this.readVarint();
        return;
      case WireType.fixed64:
        this.take(8);
        return;
      case WireType.lengthDelimited:
        this.readLengthDelimited();
        return;
      case WireType.fixed32:
        this.take(4);
        return;
      case WireType.startGroup:
        this.skipGroup(tag.field, depth + 1);
        return;
      case WireType.endGroup:
        throw malformed('a group ends that never started');
    }
  }

  private skipGroup(field: number, depth: number): void {
    if (depth > MAX_GROUP_DEPTH) throw malformed('groups are nested too deeply');
    for (;;) {
      if (this.done) throw this.pastEnd('a group never ends');
      const inner = this.readTag();
      if (inner.wireType === WireType.endGroup) {
        if (inner.field !== field) throw malformed('a group ends with the wrong field');
        return;
      }
      this.skip(inner, depth);
    }
  }

  private take(length: number): Uint8Array {
    if (length > this.bytes.length - this.#offset) {
      throw this.pastEnd('a field is longer than the data');
    }
    const start = this.#offset;
    this.#offset += length;
    return this.bytes.subarray(start, this.#offset);
  }

  private pastEnd(detail: string): ProtobufError {
    return new ProtobufError(this.endCode, detail);
  }
}

export class ProtobufWriter {
  readonly #bytes: number[] = [];

  /** Any integer: negative int32/int64 values take ten bytes, as protobuf writes them. */
  varint(field: number, value: bigint | number): this {
    this.tag(field, WireType.varint);
    this.rawVarint(BigInt.asUintN(64, BigInt(value)));
    return this;
  }

  lengthDelimited(field: number, bytes: Uint8Array): this {
    this.tag(field, WireType.lengthDelimited);
    this.rawVarint(BigInt(bytes.length));
    for (const byte of bytes) this.#bytes.push(byte);
    return this;
  }

  finish(): Uint8Array {
    return Uint8Array.from(this.#bytes);
  }

  private tag(field: number, wireType: WireType): void {
    this.rawVarint((BigInt(field) << 3n) | BigInt(wireType));
  }

  private rawVarint(value: bigint): void {
    let rest = value;
    while (rest >= 0x80n) {
      this.#bytes.push(Number(rest & 0x7fn) | 0x80);
      rest >>= 7n;
    }
    this.#bytes.push(Number(rest));
  }
}

function isWireType(value: number): value is WireType {
  return value <= 5;
}

function malformed(detail: string): ProtobufError {
  return new ProtobufError('malformed-protobuf', detail);
}
