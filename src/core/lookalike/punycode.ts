/**
 * RFC 3492 Punycode decoding of one `xn--` label, so look-alike checks can see the Unicode
 * a browser's URL parser turned into ASCII. Decoding only: we never need to encode.
 * Returns null for malformed input rather than throwing (it comes from page URLs).
 */
const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 128;
const MAX_CODE_POINT = 0x10ffff;

export function decodePunycodeLabel(label: string): string | null {
  if (!label.toLowerCase().startsWith('xn--')) return label;
  const input = label.slice(4).toLowerCase();
  if (input === '') return null;
  const delimiter = input.lastIndexOf('-');
  // The basic (ASCII) code points before the last hyphen are copied as they are.
  const basic = delimiter > 0 ? input.slice(0, delimiter) : '';
  const output = Array.from({ length: basic.length }, (_, index) => basic.charCodeAt(index));
  if (output.some((point) => point >= 0x80)) return null;
  let n = INITIAL_N;
  let bias = INITIAL_BIAS;
  let i = 0;
  for (let index = delimiter > 0 ? delimiter + 1 : 0; index < input.length;) {
    const oldI = i;
    for (let weight = 1, k = BASE; ; k += BASE) {
      if (index >= input.length) return null;
      const digit = digitValue(input.charCodeAt(index++));
      if (digit === null) return null;
      i += digit * weight;
      if (i > MAX_CODE_POINT * (output.length + 1)) return null;
      const threshold = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
      if (digit < threshold) break;
      weight *= BASE - threshold;
    }
    bias = adapt(i - oldI, output.length + 1, oldI === 0);
    n += Math.floor(i / (output.length + 1));
    i %= output.length + 1;
    if (n > MAX_CODE_POINT) return null;
    output.splice(i, 0, n);
    i += 1;
  }
  return String.fromCodePoint(...output);
}

function digitValue(code: number): number | null {
  if (code >= 0x30 && code <= 0x39) return code - 22; // 0-9 -> 26-35
  if (code >= 0x61 && code <= 0x7a) return code - 0x61; // a-z -> 0-25
  return null;
}

function adapt(delta: number, points: number, first: boolean): number {
  let scaled = first ? Math.floor(delta / DAMP) : delta >> 1;
  scaled += Math.floor(scaled / points);
  let k = 0;
  while (scaled > ((BASE - T_MIN) * T_MAX) >> 1) {
    scaled = Math.floor(scaled / (BASE - T_MIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - T_MIN + 1) * scaled) / (scaled + SKEW));
}
