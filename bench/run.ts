/**
 * `npm run bench`: runs every bench/*.bench.ts in this process, one after another (this
 * machine has two cores; parallel runs would measure each other), and prints medians.
 * `npm run bench -- qr` runs only the files whose name contains "qr".
 */
import { readdir } from 'node:fs/promises';
import { cpus } from 'node:os';
import { createBench, type Bench, type Measurement } from './harness';

interface BenchModule {
  run(bench: Bench): Promise<void>;
}

const filter = process.argv[2] ?? '';
const files = (await readdir(new URL('.', import.meta.url)))
  .filter((file) => file.endsWith('.bench.ts') && file.includes(filter))
  .sort();

console.log(
  `Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'})`,
);
const results: Measurement[] = [];
for (const file of files) {
  const module = (await import(`./${file}`)) as BenchModule;
  const before = results.length;
  await module.run(createBench(results));
  console.log(`\n${file}`);
  for (const result of results.slice(before)) {
    const spread = `min ${result.min.toFixed(2)}, max ${result.max.toFixed(2)}, ${result.runs} runs`;
    const note = result.note ? `  ${result.note}` : '';
    console.log(
      `  ${result.name.padEnd(58)} ${result.median.toFixed(2).padStart(9)} ${result.unit}  (${spread})${note}`,
    );
  }
}
if (files.length === 0) console.error(`No benchmark matches "${filter}"`);
