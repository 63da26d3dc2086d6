import { describe, expect, it } from 'vitest';
import {
  createCaptureThrottle,
  MIN_CAPTURE_SPACING_MS,
} from '../../../src/background/import/capture-throttle';

// Issue 5: captureVisibleTab allows two calls a second; a quick second scan waits its turn.
function fakeClock() {
  let now = 1000;
  const waits: number[] = [];
  return {
    waits,
    advance(ms: number) {
      now += ms;
    },
    clock: {
      now: () => now,
      wait: (ms: number) => {
        waits.push(ms);
        now += ms;
        return Promise.resolve();
      },
    },
  };
}

describe('createCaptureThrottle', () => {
  it('runs the first capture at once and spaces the next ones', async () => {
    const time = fakeClock();
    const throttled = createCaptureThrottle(time.clock);
    const starts: number[] = [];
    const capture = () => {
      starts.push(time.clock.now());
      return Promise.resolve('png');
    };
    await Promise.all([throttled(capture), throttled(capture), throttled(capture)]);
    expect(starts).toEqual([
      1000,
      1000 + MIN_CAPTURE_SPACING_MS,
      1000 + 2 * MIN_CAPTURE_SPACING_MS,
    ]);
  });

  it('does not wait when the last capture is long past', async () => {
    const time = fakeClock();
    const throttled = createCaptureThrottle(time.clock);
    await throttled(() => Promise.resolve(1));
    time.advance(MIN_CAPTURE_SPACING_MS + 1);
    await throttled(() => Promise.resolve(2));
    expect(time.waits).toEqual([]);
  });

  it('a failed capture rejects its caller only; the next one still runs', async () => {
    const time = fakeClock();
    const throttled = createCaptureThrottle(time.clock);
    const failed = throttled(() => Promise.reject(new Error('quota')));
    const next = throttled(() => Promise.resolve('png'));
    await expect(failed).rejects.toThrow('quota');
    await expect(next).resolves.toBe('png');
  });
});
