import { collectEntries, type MalformedItem } from './collect';
import type { EntryFields } from './entry';
import { fileError } from './file-errors';
import { isObject, peekJson, readJson } from './json';
import { decryptTwoFasServices } from './twofas-decrypt';
import type { FileImporter, ImportFileInput, ParsedFile } from './types';

/**
 * 2FAS Authenticator's backup, a `.2fas` file (2FAS Android, data/services/domain/
 * BackupContent.kt and BackupService.kt): `{ schemaVersion, services: [...], groups, ... }`,
 * or, encrypted, `services: []` with `servicesEncrypted` and `reference` (twofas-decrypt.ts).
 * A service: `{ name, secret, otp: { account, issuer, digits, period, algorithm, counter,
 * tokenType: TOTP | HOTP | STEAM } }`; `name` is the service as the user named it.
 */

/** The schema 2FAS writes today (BackupContent.CurrentSchema); older ones have the same fields. */
const NEWEST_SCHEMA = 4;

export const twoFasImporter: FileImporter = {
  format: '2fas',
  detect(input: ImportFileInput): boolean {
    const file = peekJson(input.text);
    return (
      isObject(file) &&
      typeof file.schemaVersion === 'number' &&
      (Array.isArray(file.services) || typeof file.servicesEncrypted === 'string')
    );
  },
  async read(input: ImportFileInput): Promise<ParsedFile> {
    const file = readJson(input.text);
    if (!isObject(file)) throw fileError('malformed', 'it is not a 2FAS backup');
    const { schemaVersion, servicesEncrypted } = file;
    if (!Number.isInteger(schemaVersion) || (schemaVersion as number) < 1) {
      throw fileError('malformed', 'its schemaVersion is not a number');
    }
    if ((schemaVersion as number) > NEWEST_SCHEMA) throw fileError('unknown-version');
    let services: unknown = file.services;
    if (servicesEncrypted !== undefined && servicesEncrypted !== null) {
      if (typeof servicesEncrypted !== 'string') {
        throw fileError('malformed', 'servicesEncrypted is not text');
      }
      if (input.password === null) throw fileError('password-needed');
      services = await decryptTwoFasServices(servicesEncrypted, file.reference, input.password);
    }
    if (!Array.isArray(services)) throw fileError('malformed', 'it has no list of services');
    return collectEntries('2fas', services, serviceFields);
  },
};

function serviceFields(item: unknown): EntryFields | MalformedItem {
  if (!isObject(item)) return { malformed: true };
  const otp = item.otp ?? {};
  if (!isObject(otp)) return { malformed: true, issuer: item.name };
  const named = typeof item.name === 'string' && item.name.trim() !== '';
  return {
    issuer: named ? item.name : otp.issuer,
    account: otp.account,
    secret: item.secret,
    type: otp.tokenType,
    algorithm: otp.algorithm,
    digits: otp.digits,
    period: otp.period,
    counter: otp.counter,
  };
}
