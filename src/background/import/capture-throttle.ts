/**
 * tabs.captureVisibleTab allows at most 2 calls a second (Chrome's
 * MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND); a second click on "Scan QR code on this page"
 * must wait its turn rather than fail (DESIGN 3). Calls run one at a time, spaced.
 */

export const MIN_CAPTURE_SPACING_MS = 510;

export interface CaptureClock {
  readonly now: () => number;
  readonly wait: (ms: number) => Promise<void>;
}

const realClock: CaptureClock = {
  now: () => performance.now(),
  wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export function createCaptureThrottle(clock: CaptureClock = realClock) {
  let queue: Promise<unknown> = Promise.resolve();
  let lastStart = Number.NEGATIVE_INFINITY;
  return function throttled<Result>(capture: () => Promise<Result>): Promise<Result> {
    const turn = queue.then(async () => {
      const wait = lastStart + MIN_CAPTURE_SPACING_MS - clock.now();
      if (wait > 0) await clock.wait(wait);
      lastStart = clock.now();
      return capture();
    });
    queue = turn.catch(() => undefined);
    return turn;
  };
}
