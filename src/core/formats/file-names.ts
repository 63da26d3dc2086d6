/** The unencrypted exports: otpauth:// links one per line, or an Aegis plain vault. */
export type PlainExportFormat = 'otpauth' | 'aegis';

/** YYYY-MM-DD in UTC: the same in every language, and it sorts. */
export function dayOf(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** The names of the files we save: dated, so a folder of them sorts by date. */
export function backupFileName(time: number): string {
  return `authenticator-backup-${dayOf(time)}.json`;
}

export function plainExportFileName(format: PlainExportFormat, time: number): string {
  return format === 'aegis'
    ? `authenticator-aegis-plain-${dayOf(time)}.json`
    : `authenticator-otpauth-${dayOf(time)}.txt`;
}
