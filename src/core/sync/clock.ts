/**
 * Causality for sync (per account record): every write is stamped `[lamport, device]`, unique
 * because a device's Lamport counter only grows; a version vector maps each device to the
 * highest counter of its writes a record has taken in. A write is "seen" by a record when the
 * record's vector reaches its counter, so concurrent writes are told from later ones.
 */

/**
 * The counter of a device's next write: above every counter it has seen (Lamport), and at
 * least the time in ms (a hybrid logical clock), so of two concurrent writes the later one
 * in real time wins, while a write that has seen another always comes after it.
 */
export function nextCounter(seen: number, now: number): number {
  return Math.max(seen + 1, Math.floor(now));
}

/** A write: a Lamport counter (above every counter its writer had seen) and its device. */
export type Stamp = readonly [lamport: number, device: string];

/** Device id -> the highest Lamport counter of that device's writes taken in. */
export type VersionVector = Readonly<Record<string, number>>;

/** Total order: the counter, then the device id. Concurrent writes still compare. */
export function compareStamps(a: Stamp, b: Stamp): number {
  if (a[0] !== b[0]) return a[0] - b[0];
  return a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0;
}

export function sameStamp(a: Stamp, b: Stamp): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

export function laterStamp(a: Stamp, b: Stamp): Stamp {
  return compareStamps(a, b) >= 0 ? a : b;
}

/** Whether the record this vector describes has taken in the write `stamp`. */
export function covers(vector: VersionVector, stamp: Stamp): boolean {
  return (vector[stamp[1]] ?? 0) >= stamp[0];
}

export function joinVectors(a: VersionVector, b: VersionVector): VersionVector {
  const joined: Record<string, number> = { ...a };
  for (const [device, counter] of Object.entries(b)) {
    joined[device] = Math.max(joined[device] ?? 0, counter);
  }
  return joined;
}

/** `a` has taken in every write `b` has. */
export function dominates(a: VersionVector, b: VersionVector): boolean {
  return Object.entries(b).every(([device, counter]) => (a[device] ?? 0) >= counter);
}

export function withWrite(vector: VersionVector, stamp: Stamp): VersionVector {
  return joinVectors(vector, { [stamp[1]]: stamp[0] });
}

/**
 * The vector as text, devices sorted: a record's revision. Equal revisions mean the same
 * writes taken in, hence the same record (merging is a function of the writes).
 */
export function revisionOf(vector: VersionVector): string {
  return Object.keys(vector)
    .sort()
    .map((device) => `${device}:${String(vector[device])}`)
    .join(',');
}

export function highestCounter(vector: VersionVector): number {
  return Math.max(0, ...Object.values(vector));
}
