import type { Bytes } from './encoding';

/**
 * Copies and wiping. We copy every key a caller hands us (so we can wipe our copy without
 * touching theirs) and zero the intermediate keys we own once done.
 *
 * What JavaScript cannot guarantee: strings (passphrases) are immutable and stay in the heap
 * until the garbage collector reuses the memory; the engine may have copied a typed array
 * (e.g. when a buffer grew); WebCrypto keeps its own copy inside each CryptoKey; hash-wasm's
 * WASM memory holds the passphrase and Argon2 blocks until reused. Wiping narrows the window
 * in which a heap snapshot shows key material; it does not close it.
 */

export function copyBytes(bytes: Uint8Array): Bytes {
  return new Uint8Array(bytes);
}

export function wipe(...arrays: readonly (Uint8Array | null | undefined)[]): void {
  for (const array of arrays) array?.fill(0);
}

export function concatBytes(parts: readonly Uint8Array[]): Bytes {
  const result = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    result.set(part, offset);
    offset += part.length;
  }
  return result;
}

/** Equal contents (credential ids are public: no constant-time need). */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, index) => byte === b[index]);
}
