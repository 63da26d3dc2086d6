import { originOf } from '../origin';
import { LIMITS, type Standby, type VaultEntry } from './entry';
import { checkParams, isRecord } from './validate-params';

/**
 * Validates one entry read from storage or built from user input. Returns the entry rebuilt
 * field by field (unknown fields dropped, secret normalised) or a problem in words.
 */
export type EntryCheck =
  | { readonly ok: true; readonly entry: VaultEntry }
  | { readonly ok: false; readonly problem: string };

export function checkEntry(value: unknown): EntryCheck {
  if (!isRecord(value)) return fail('it is not an account record');
  const { id, issuer, account, note, siteId, createdAt, updatedAt, origins } = value;
  if (typeof id !== 'string' || id.length === 0 || id.length > 64) return fail('its id is missing');
  const text = checkText({ issuer, account, note });
  if (typeof text === 'string') return fail(text);
  if (siteId !== null && (typeof siteId !== 'string' || siteId.length > 64))
    return fail('its site is not valid');
  if (!isTimestamp(createdAt) || !isTimestamp(updatedAt)) return fail('its dates are not valid');
  const checkedOrigins = checkOrigins(origins);
  if (typeof checkedOrigins === 'string') return fail(checkedOrigins);
  const params = checkParams(value.params);
  if (!params.ok) return fail(params.problem);
  const standby = checkStandby(value.standby, id);
  if (standby === undefined) return fail('its replacement state is not valid');
  return {
    ok: true,
    entry: {
      id,
      ...text,
      params: params.params,
      origins: checkedOrigins,
      siteId,
      standby,
      createdAt,
      updatedAt,
    },
  };
}

/** Issuer, account and note: strings within their limits; an entry needs issuer or account. */
export function checkText(fields: {
  issuer: unknown;
  account: unknown;
  note: unknown;
}): { issuer: string; account: string; note: string } | string {
  const { issuer, account, note } = fields;
  if (typeof issuer !== 'string' || issuer.length > LIMITS.issuer)
    return `the issuer must be text of at most ${LIMITS.issuer} characters`;
  if (typeof account !== 'string' || account.length > LIMITS.account)
    return `the account name must be text of at most ${LIMITS.account} characters`;
  if (typeof note !== 'string' || note.length > LIMITS.note)
    return `the note must be text of at most ${LIMITS.note} characters`;
  if (issuer.trim() === '' && account.trim() === '') return 'it needs an issuer or an account name';
  return { issuer, account, note };
}

/** Origins must be exact, canonical http(s) origins: the unit of binding (DESIGN 4.3). */
export function checkOrigins(value: unknown): string[] | string {
  if (!Array.isArray(value)) return 'its bound sites are not a list';
  if (value.length > LIMITS.origins) return `it has more than ${LIMITS.origins} bound sites`;
  const origins: string[] = [];
  for (const origin of value) {
    if (typeof origin !== 'string' || originOf(origin) !== origin)
      return 'one of its bound sites is not a web origin';
    if (!origins.includes(origin)) origins.push(origin);
  }
  return origins;
}

/**
 * Null, or a kind, a date and another account's id: undefined when it is none of these.
 * Absent reads as null: backup files written before set-ups could be redone lack it.
 */
function checkStandby(value: unknown, ownId: string): Standby | null | undefined {
  if (value === null || value === undefined) return null;
  if (!isRecord(value)) return undefined;
  const { kind, since, twin } = value;
  if (kind !== 'replaced' && kind !== 'unconfirmed') return undefined;
  if (!isTimestamp(since) || typeof twin !== 'string' || twin.length === 0 || twin.length > 64)
    return undefined;
  if (twin === ownId) return undefined;
  return { kind, since, twin };
}

function isTimestamp(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}

function fail(problem: string): EntryCheck {
  return { ok: false, problem };
}
