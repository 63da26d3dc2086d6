import { LIMITS, VAULT_SCHEMA_VERSION, type VaultData, type VaultEntry } from './entry';
import { VaultError } from './errors';
import { isRecord } from './validate-params';
import { checkEntry } from './validate-entry';

/**
 * Vault data <-> bytes (the payload the crypto envelope encrypts). Reading validates every
 * entry and applies numbered migrations from older schema versions, so what the rest of the
 * extension sees is always the current shape (after fregante's webext-storage).
 */

/** `migrations[n]` upgrades data of schema version n to n + 1. */
export type Migration = (data: Record<string, unknown>) => Record<string, unknown>;
export const migrations: Readonly<Record<number, Migration>> = {
  /** 1 -> 2: accounts gain `standby` (a set-up redone); none was on standby before. */
  1: (data) => ({
    ...data,
    schemaVersion: 2,
    entries: Array.isArray(data.entries)
      ? data.entries.map((entry: unknown) =>
          isRecord(entry) ? { ...entry, standby: null } : entry,
        )
      : data.entries,
  }),
};

export function serializeVault(vault: VaultData): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(vault));
}

export function parseVault(
  bytes: Uint8Array,
  steps: Readonly<Record<number, Migration>> = migrations,
): VaultData {
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw corrupt('its contents are not readable');
  }
  if (!isRecord(raw)) throw corrupt('its contents are not a vault');
  let data = raw;
  let version = data.schemaVersion;
  if (!Number.isInteger(version) || (version as number) < 0)
    throw corrupt('its schema version is missing');
  if ((version as number) > VAULT_SCHEMA_VERSION) {
    throw new VaultError(
      'unsupported-schema',
      'This vault was saved by a newer version of the extension. Update the extension to open it.',
    );
  }
  while ((version as number) < VAULT_SCHEMA_VERSION) {
    const migrate = steps[version as number];
    if (!migrate) throw corrupt(`no upgrade exists from schema version ${String(version)}`);
    data = migrate(data);
    version = (version as number) + 1;
    if (data.schemaVersion !== version)
      throw corrupt(`the upgrade to schema version ${String(version)} failed`);
  }
  return { schemaVersion: VAULT_SCHEMA_VERSION, entries: parseEntries(data.entries) };
}

function parseEntries(value: unknown): VaultEntry[] {
  if (!Array.isArray(value)) throw corrupt('its account list is missing');
  if (value.length > LIMITS.entries) throw corrupt('it holds more accounts than allowed');
  const ids = new Set<string>();
  return value.map((item, index) => {
    const check = checkEntry(item);
    if (!check.ok) throw corrupt(`account ${index + 1} is damaged: ${check.problem}`);
    if (ids.has(check.entry.id)) throw corrupt(`account ${index + 1} repeats another's id`);
    ids.add(check.entry.id);
    return check.entry;
  });
}

function corrupt(detail: string): VaultError {
  return new VaultError(
    'corrupt-data',
    `The vault's data is damaged (${detail}). Nothing was changed.`,
  );
}
