/** A wait as a countdown reads it: whole seconds rounded up, as m:ss ("0:08", "5:00"). */
export function waitClock(milliseconds: number): string {
  const seconds = Math.max(0, Math.ceil(milliseconds / 1000));
  return `${String(Math.floor(seconds / 60))}:${String(seconds % 60).padStart(2, '0')}`;
}
