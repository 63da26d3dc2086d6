/**
 * A "skeleton" of a host name for look-alike checks (after Unicode TR39's skeleton idea, with
 * a small table of the confusables seen in phishing domains rather than the full data file):
 * two hosts with the same skeleton look the same to a person.
 */
const CONFUSABLE: Readonly<Record<string, string>> = {
  // Cyrillic
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  һ: 'h',
  і: 'i',
  ї: 'i',
  ј: 'j',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  ѕ: 's',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  ү: 'y',
  ɡ: 'g',
  // Greek
  α: 'a',
  β: 'b',
  ε: 'e',
  η: 'n',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ω: 'w',
  // Latin look-alikes and digits people misread
  ı: 'i',
  ȷ: 'j',
  ł: 'l',
  ø: 'o',
  ß: 'ss',
  '0': 'o',
  '1': 'l',
  '|': 'l',
};

/** Multi-letter shapes that read as one letter at a glance. */
const DIGRAPHS: readonly (readonly [RegExp, string])[] = [
  [/rn/g, 'm'],
  [/vv/g, 'w'],
  [/cl/g, 'd'],
];

export function skeleton(host: string): string {
  const mapped = Array.from(host.normalize('NFKD').toLowerCase())
    .filter((char) => !/\p{M}/u.test(char))
    .map((char) => CONFUSABLE[char] ?? char)
    .join('')
    .replace(/[iíìî]/g, 'l'); // i, l and 1 are one shape in many fonts
  return DIGRAPHS.reduce((text, [pattern, letter]) => text.replace(pattern, letter), mapped);
}
