/**
 * Google Authenticator's `name` holds the otpauth label it was given: often "Issuer:account",
 * sometimes just "account". Read it like a Key URI label: the `issuer` field wins,
 * and a leading "issuer:" in the name is dropped (with the optional spaces after the colon).
 */

export interface AccountLabel {
  readonly issuer: string;
  readonly account: string;
}

export function splitMigrationName(name: string, issuerField: string): AccountLabel {
  if (issuerField !== '') {
    const prefix = name.slice(0, issuerField.length + 1);
    const hasPrefix = prefix.toLowerCase() === `${issuerField}:`.toLowerCase();
    return {
      issuer: issuerField,
      account: hasPrefix ? name.slice(prefix.length).trimStart() : name,
    };
  }
  const colon = name.indexOf(':');
  if (colon < 0) return { issuer: '', account: name };
  // An empty prefix (":account") is how joinMigrationName keeps a colon in an account with
  // no issuer; it is taken literally.
  if (colon === 0) return { issuer: '', account: name.slice(1) };
  return { issuer: name.slice(0, colon).trim(), account: name.slice(colon + 1).trimStart() };
}

/**
 * The `name` to write so that splitMigrationName gives back exactly this issuer and account:
 * the bare account when that is unambiguous (what other apps show best), otherwise a prefixed
 * form. `undefined` in the one case no name can express (an issuer starting with white space
 * whose account starts with that issuer and a colon).
 */
export function joinMigrationName(label: AccountLabel): string | undefined {
  const candidates =
    label.issuer === ''
      ? [label.account, `:${label.account}`]
      : [label.account, `${label.issuer}:${label.account}`];
  return candidates.find((name) => {
    const split = splitMigrationName(name, label.issuer);
    return split.issuer === label.issuer && split.account === label.account;
  });
}
