import { useEffect, useState } from 'preact/hooks';
import type { AccountCodes } from '../../shared/model/vault';
import { nextCodeChange } from '../logic/time-left';

/**
 * Two clocks, so that 1,000 rows do not re-render every second (keep rows cheap):
 * the countdowns share a clock that ticks each whole second, and the rows themselves follow
 * `useCodeChangeClock`, which moves only when some row's shown code changes.
 */

type Listener = (now: number) => void;

const listeners = new Set<Listener>();
let timer: ReturnType<typeof setTimeout> | undefined;

function schedule() {
  // A few milliseconds past the boundary, so the tick lands after it, never just before; code
  // periods start on whole seconds, so the seconds shown roll over with the codes.
  timer = setTimeout(tick, 1000 - (Date.now() % 1000) + 5);
}

function tick() {
  const now = Date.now();
  for (const listener of listeners) listener(now);
  schedule();
}

/** The time, updated on each whole second; one timer for every countdown on screen. */
export function useSecondClock(): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    listeners.add(setNow);
    if (listeners.size === 1) schedule();
    return () => {
      listeners.delete(setNow);
      if (listeners.size === 0) clearTimeout(timer);
    };
  }, []);
  return now;
}

/** The time, updated only when a code appears or expires (see `nextCodeChange`). */
export function useCodeChangeClock(codes: readonly AccountCodes[]): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const change = nextCodeChange(codes, Date.now());
    if (change === null) return;
    const wait = setTimeout(
      () => {
        setNow(Date.now());
      },
      change - Date.now() + 5,
    );
    return () => {
      clearTimeout(wait);
    };
  }, [codes, now]);
  return now;
}
