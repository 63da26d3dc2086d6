/**
 * Google Authenticator export (issue 3, deliverable 3): the cost of reading one scanned QR
 * code and of a whole 100-account export, so a slow decoder would show before users feel it.
 */
import { encodeBase32 } from '../src/core/base32';
import {
  decodeMigrationUri,
  encodeMigrationUri,
  mergeMigrationBatches,
  splitIntoMigrationBatches,
} from '../src/core/migration';
import type { OtpAccount } from '../src/core/otp-types';
import type { Bench } from './harness';

const accounts: OtpAccount[] = Array.from({ length: 100 }, (_, index) => ({
  issuer: `Service ${index}`,
  account: `user${index}@example.com`,
  params: {
    type: 'totp',
    secret: encodeBase32(Uint8Array.from({ length: 20 }, (_, byte) => (index * 31 + byte) & 0xff)),
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
  },
}));

export async function run(bench: Bench): Promise<void> {
  const tenAccounts = accounts.slice(0, 10);
  const oneQr = encodeMigrationUri(tenAccounts, { batchId: 1 });
  const tenQrs = splitIntoMigrationBatches(accounts, 10, 2);
  const repeat = 100;

  await bench.measure(
    `decode one 10-account QR code (x${repeat})`,
    () => {
      for (let index = 0; index < repeat; index++) decodeMigrationUri(oneQr);
    },
    { runs: 15, note: `${oneQr.length} characters` },
  );
  await bench.measure(
    `encode one 10-account QR code (x${repeat})`,
    () => {
      for (let index = 0; index < repeat; index++) encodeMigrationUri(tenAccounts, { batchId: 1 });
    },
    { runs: 15 },
  );
  await bench.measure(
    'decode + merge a 100-account export (10 QR codes)',
    () => mergeMigrationBatches(tenQrs.map((uri) => decodeMigrationUri(uri))),
    { runs: 15 },
  );
}
