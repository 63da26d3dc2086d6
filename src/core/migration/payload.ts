import { damagedExport, MigrationError } from './errors';
import { ProtobufError, ProtobufReader, ProtobufWriter, WireType, type FieldTag } from './protobuf';
import { OtpField, PayloadField } from './schema';

/**
 * MigrationPayload bytes <-> plain values, with no judgement on what the values mean (that is
 * account.ts). A damaged account entry whose own framing is intact fails alone, so one bad
 * entry does not lose the others (DESIGN 4.7).
 */

export interface RawOtpParameters {
  readonly secret: Uint8Array;
  readonly name: string;
  readonly issuer: string;
  readonly algorithm: number;
  readonly digits: number;
  readonly type: number;
  /** int64, so possibly beyond Number.MAX_SAFE_INTEGER or negative. */
  readonly counter: bigint;
}

export interface RawMigrationPayload {
  readonly entries: readonly (RawOtpParameters | MigrationError)[];
  readonly version: number;
  readonly batchSize: number;
  readonly batchIndex: number;
  readonly batchId: number;
}

const utf8Decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf8Encoder = new TextEncoder();

export function readMigrationPayload(bytes: Uint8Array): RawMigrationPayload {
  try {
    return readPayload(new ProtobufReader(bytes, 'truncated'));
  } catch (error) {
    throw asMigrationError(error);
  }
}

export function writeMigrationPayload(payload: RawMigrationPayload): Uint8Array {
  const writer = new ProtobufWriter();
  for (const entry of payload.entries) {
    if (entry instanceof MigrationError) throw entry;
    writer.lengthDelimited(PayloadField.otpParameters, writeOtpParameters(entry));
  }
  return writer
    .varint(PayloadField.version, payload.version)
    .varint(PayloadField.batchSize, payload.batchSize)
    .varint(PayloadField.batchIndex, payload.batchIndex)
    .varint(PayloadField.batchId, payload.batchId)
    .finish();
}

function readPayload(reader: ProtobufReader): RawMigrationPayload {
  const entries: (RawOtpParameters | MigrationError)[] = [];
  let version = 0;
  let batchSize = 0;
  let batchIndex = 0;
  let batchId = 0;
  while (!reader.done) {
    const tag = reader.readTag();
    switch (tag.field) {
      case PayloadField.otpParameters:
        entries.push(readEntry(lengthDelimited(reader, tag)));
        break;
      case PayloadField.version:
        version = int32(reader, tag);
        break;
      case PayloadField.batchSize:
        batchSize = int32(reader, tag);
        break;
      case PayloadField.batchIndex:
        batchIndex = int32(reader, tag);
        break;
      case PayloadField.batchId:
        batchId = int32(reader, tag);
        break;
      default:
        reader.skip(tag);
    }
  }
  return { entries, version, batchSize, batchIndex, batchId };
}

function readEntry(bytes: Uint8Array): RawOtpParameters | MigrationError {
  try {
    return readOtpParameters(new ProtobufReader(bytes, 'malformed-protobuf'));
  } catch (error) {
    if (!(error instanceof ProtobufError)) return asMigrationError(error);
    return new MigrationError(
      error.code,
      `This account in the Google Authenticator export is damaged (${error.message}), ` +
        'so it was not imported. Export it again from Google Authenticator.',
    );
  }
}

function readOtpParameters(reader: ProtobufReader): RawOtpParameters {
  // Proto3 defaults: an absent field is zero or empty. A repeated scalar: the last one wins.
  let secret = new Uint8Array(0);
  let name = '';
  let issuer = '';
  let algorithm = 0;
  let digits = 0;
  let type = 0;
  let counter = 0n;
  while (!reader.done) {
    const tag = reader.readTag();
    switch (tag.field) {
      case OtpField.secret:
        secret = lengthDelimited(reader, tag).slice();
        break;
      case OtpField.name:
        name = text(lengthDelimited(reader, tag));
        break;
      case OtpField.issuer:
        issuer = text(lengthDelimited(reader, tag));
        break;
      case OtpField.algorithm:
        algorithm = int32(reader, tag);
        break;
      case OtpField.digits:
        digits = int32(reader, tag);
        break;
      case OtpField.type:
        type = int32(reader, tag);
        break;
      case OtpField.counter:
        counter = BigInt.asIntN(64, varint(reader, tag));
        break;
      default:
        reader.skip(tag);
    }
  }
  return { secret, name, issuer, algorithm, digits, type, counter };
}

function writeOtpParameters(entry: RawOtpParameters): Uint8Array {
  const writer = new ProtobufWriter()
    .lengthDelimited(OtpField.secret, entry.secret)
    .lengthDelimited(OtpField.name, utf8Encoder.encode(entry.name));
  if (entry.issuer !== '')
    writer.lengthDelimited(OtpField.issuer, utf8Encoder.encode(entry.issuer));
  writer
    .varint(OtpField.algorithm, entry.algorithm)
    .varint(OtpField.digits, entry.digits)
    .varint(OtpField.type, entry.type);
  if (entry.counter !== 0n) writer.varint(OtpField.counter, entry.counter);
  return writer.finish();
}

function varint(reader: ProtobufReader, tag: FieldTag): bigint {
  if (tag.wireType !== WireType.varint) throw wrongWireType();
  return reader.readVarint();
}

/** int32 and enums: protobuf sign-extends negatives to 64 bits; keep the low 32. */
function int32(reader: ProtobufReader, tag: FieldTag): number {
  return Number(BigInt.asIntN(32, varint(reader, tag)));
}

function lengthDelimited(reader: ProtobufReader, tag: FieldTag): Uint8Array {
  if (tag.wireType !== WireType.lengthDelimited) throw wrongWireType();
  return reader.readLengthDelimited();
}

function text(bytes: Uint8Array): string {
  try {
    return utf8Decoder.decode(bytes);
  } catch {
    // TypeError from the fatal decoder.
    throw new MigrationError(
      'invalid-text',
      'The name or issuer of this account is not valid text, so the account was not imported.',
    );
  }
}

function wrongWireType(): ProtobufError {
  return new ProtobufError('malformed-protobuf', 'a field has the wrong wire type');
}

function asMigrationError(error: unknown): MigrationError {
  if (error instanceof MigrationError) return error;
  if (error instanceof ProtobufError) return damagedExport(error.code, error.message);
  // Anything else would be a bug here; still report it as damage rather than leak a TypeError.
  return damagedExport('malformed-protobuf', 'its contents could not be read');
}
