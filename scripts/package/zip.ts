/**
 * Reproducible zips: the same files give the same bytes on any machine and any day. Entries
 * are sorted by name, every one carries the same fixed time and Unix permissions, and fflate
 * writes no extra fields unless asked.
 */
import { zipSync, type ZipAttributes } from 'fflate';

export interface ZipEntry {
  readonly name: string;
  readonly data: Uint8Array;
  /** Unix mode bits; 0o644 unless the file is executable in git (0o755). */
  readonly mode?: number;
}

/**
 * fflate writes a DOS time from the Date's *local* fields: building the Date from local
 * fields gives the same bytes in every time zone. 1980-01-01, the first DOS date, says
 * plainly that the time means nothing.
 */
const FIXED_TIME = new Date(1980, 0, 1, 0, 0, 0);
/** Made on Unix: the external attributes then hold the file's mode. */
const UNIX = 3;
const REGULAR_FILE = 0o100000;

export function reproducibleZip(entries: readonly ZipEntry[]): Uint8Array {
  const sorted = [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: Record<string, [Uint8Array, ZipAttributes & { level: 9 }]> = {};
  for (const entry of sorted) {
    if (entry.name in files) throw new Error(`Duplicate zip entry: ${entry.name}`);
    // An object keeps insertion order, except for integer-like keys, which it sorts first.
    if (/^\d+$/.test(entry.name)) throw new Error(`Zip entry named like a number: ${entry.name}`);
    const attrs = ((REGULAR_FILE | (entry.mode ?? 0o644)) << 16) >>> 0;
    files[entry.name] = [entry.data, { level: 9, mtime: FIXED_TIME, os: UNIX, attrs }];
  }
  return zipSync(files);
}
