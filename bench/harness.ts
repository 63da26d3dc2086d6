/**
 * A tiny benchmark harness: warm up, run several times, report the median (and spread).
 * Speed is measured here, never asserted in tests (developers' guide). Each `*.bench.ts`
 * exports `run(bench)`; bench/run.ts calls them all and prints one table.
 */
import { performance } from 'node:perf_hooks';

export interface Measurement {
  readonly name: string;
  /** Times in milliseconds; sizes (issue 6's content-script budget) in KB. */
  readonly unit: 'ms' | 'KB';
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly runs: number;
  readonly note?: string;
}

export interface Bench {
  /** Times `fn` `runs` times after `warmup` untimed calls; records the median. */
  measure(
    name: string,
    fn: () => unknown,
    options?: { runs?: number; warmup?: number; note?: string },
  ): Promise<Measurement>;
  /** Records samples measured elsewhere (e.g. user-timing marks read from a browser page). */
  record(name: string, samples: readonly number[], note?: string, unit?: 'ms' | 'KB'): Measurement;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? Number.NaN) + (sorted[middle] ?? Number.NaN)) / 2;
}

export function createBench(results: Measurement[]): Bench {
  const record = (
    name: string,
    samples: readonly number[],
    note?: string,
    unit: 'ms' | 'KB' = 'ms',
  ): Measurement => {
    const measurement: Measurement = {
      name,
      unit,
      median: median(samples),
      min: Math.min(...samples),
      max: Math.max(...samples),
      runs: samples.length,
      ...(note === undefined ? {} : { note }),
    };
    results.push(measurement);
    return measurement;
  };
  return {
    record,
    async measure(name, fn, { runs = 9, warmup = 2, note } = {}) {
      for (let index = 0; index < warmup; index++) await fn();
      const times: number[] = [];
      for (let index = 0; index < runs; index++) {
        const start = performance.now();
        await fn();
        times.push(performance.now() - start);
      }
      return record(name, times, note);
    },
  };
}
