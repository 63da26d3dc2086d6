/**
 * Codes in two groups so they are read and typed back without losing one's place:
 * 6 -> "123 456", 7 -> "123 4567", 8 -> "1234 5678". Steam's 5 characters stay whole: too short
 * to need a break, and they are letters, not a number.
 */
export function formatCode(code: string): string {
  if (code.length <= 5) return code;
  const head = Math.floor(code.length / 2);
  return `${code.slice(0, head)} ${code.slice(head)}`;
}
