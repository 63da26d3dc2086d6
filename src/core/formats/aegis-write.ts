import type { OtpParameters } from '../otp-types';
import type { ImportedAccount } from './types';

/**
 * A plain Aegis vault (Aegis docs/vault.md) holding these accounts, for "export to Aegis".
 * Contents version 1, the one the documentation describes: every Aegis release reads it (newer
 * ones migrate it), while version 3 is refused by releases before groups became a list.
 * Secrets are unencrypted in the result: the caller warns the user before saving it.
 */
export function writeAegisPlain(accounts: readonly ImportedAccount[]): string {
  const entries = accounts.map((account) => ({
    type: account.params.type,
    uuid: crypto.randomUUID(),
    name: account.account,
    issuer: account.issuer,
    note: account.note,
    favorite: false,
    icon: null,
    info: infoOf(account.params),
  }));
  const vault = { version: 1, header: { slots: null, params: null }, db: { version: 1, entries } };
  // Four spaces, as Aegis itself indents its exports.
  return JSON.stringify(vault, null, 4);
}

function infoOf(params: OtpParameters) {
  switch (params.type) {
    case 'totp':
      return {
        secret: params.secret,
        algo: params.algorithm,
        digits: params.digits,
        period: params.period,
      };
    case 'hotp':
      return {
        secret: params.secret,
        algo: params.algorithm,
        digits: params.digits,
        counter: params.counter,
      };
    case 'steam':
      // How Aegis stores Steam itself: 5 characters every 30 s, SHA1.
      return { secret: params.secret, algo: 'SHA1', digits: 5, period: 30 };
  }
}
