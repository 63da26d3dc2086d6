/**
 * The list order as sort keys (fractional indexing): each account has a key, the list sorts by
 * key then id, and moving one account writes one new key between its neighbours', so a move
 * here and a move there merge instead of one whole order replacing the other.
 * Keys are strings of base-36 digits compared as text; a key never ends in '0', so there is
 * always room below it.
 */

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';
const BASE = DIGITS.length;

function digit(key: string, index: number, fallback: number): number {
  return index < key.length ? DIGITS.indexOf(key.charAt(index)) : fallback;
}

/** A key strictly between `low` ('' = the start) and `high` (null = the end); requires low < high. */
export function keyBetween(low: string, high: string | null): string {
  let prefix = '';
  let upper = high;
  for (let index = 0; ; index += 1) {
    const a = digit(low, index, 0);
    const b = upper === null ? BASE : digit(upper, index, 0);
    if (a === b) {
      prefix += DIGITS.charAt(a);
      continue;
    }
    const middle = Math.floor((a + b) / 2);
    if (middle > a) return prefix + DIGITS.charAt(middle);
    // Adjacent digits: keep low's and look for room after it, with no upper bound any more.
    prefix += DIGITS.charAt(a);
    upper = null;
  }
}

export function isPositionKey(key: string): boolean {
  return key.length > 0 && key.length <= 64 && /^[0-9a-z]*[1-9a-z]$/.test(key);
}

/** Evenly spread keys for `count` items: the fallback when keys collide. */
function spreadKeys(count: number): string[] {
  const keys: string[] = [];
  let previous = '';
  for (let index = 0; index < count; index += 1) {
    previous = keyBetween(previous, null);
    keys.push(previous);
  }
  return keys;
}

/**
 * New keys for the accounts whose key no longer fits `order` (ids, top first): the longest run
 * of accounts already in key order keeps its keys; the others get keys between their
 * neighbours'. `current` holds the keys accounts have (new ones have none).
 */
export function reposition(
  order: readonly string[],
  current: ReadonlyMap<string, string>,
): Map<string, string> {
  const kept = longestOrderedRun(order, current);
  const changes = new Map<string, string>();
  let low = '';
  for (const [index, id] of order.entries()) {
    if (kept.has(id)) {
      low = current.get(id) ?? low;
      continue;
    }
    const high = nextKeptKey(order, index, kept, current);
    if (high !== null && low >= high) return respread(order, current);
    const key = keyBetween(low, high);
    if (key.length > 64) return respread(order, current);
    changes.set(id, key);
    low = key;
  }
  return changes;
}

function nextKeptKey(
  order: readonly string[],
  from: number,
  kept: ReadonlySet<string>,
  current: ReadonlyMap<string, string>,
): string | null {
  for (const id of order.slice(from + 1)) {
    if (kept.has(id)) return current.get(id) ?? null;
  }
  return null;
}

function respread(order: readonly string[], current: ReadonlyMap<string, string>) {
  const keys = spreadKeys(order.length);
  const changes = new Map<string, string>();
  order.forEach((id, index) => {
    const key = keys[index] ?? '';
    if (current.get(id) !== key) changes.set(id, key);
  });
  return changes;
}

/** Ids of a longest subsequence of `order` whose keys strictly increase (O(n log n)). */
function longestOrderedRun(
  order: readonly string[],
  current: ReadonlyMap<string, string>,
): Set<string> {
  const items = order
    .map((id) => ({ id, key: current.get(id) }))
    .filter((item): item is { id: string; key: string } => item.key !== undefined);
  const tails: number[] = [];
  const previous: number[] = [];
  items.forEach((item, index) => {
    let lowIndex = 0;
    let highIndex = tails.length;
    while (lowIndex < highIndex) {
      const middle = (lowIndex + highIndex) >> 1;
      if ((items[tails[middle] ?? 0]?.key ?? '') < item.key) lowIndex = middle + 1;
      else highIndex = middle;
    }
    previous[index] = tails[lowIndex - 1] ?? -1;
    tails[lowIndex] = index;
  });
  const run = new Set<string>();
  let cursor = tails.at(-1) ?? -1;
  while (cursor >= 0) {
    run.add((items[cursor] as { id: string }).id);
    cursor = previous[cursor] ?? -1;
  }
  return run;
}
