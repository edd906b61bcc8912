import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { detectEntities } from '../src/core/entities/detectEntities';

// Throughput of the entity detector on documents built from the seeds, to show it grows linearly.
const seedsFolder = path.resolve(__dirname, '..', '..', 'seeds');
const seedText = fs.readdirSync(seedsFolder).filter((name) => name.endsWith('.txt')).sort()
  .map((name) => fs.readFileSync(path.join(seedsFolder, name), 'utf8')).join('\n\n');

const SIZES = [10_000, 100_000, 1_000_000, 10_000_000];
const TARGET_MB_PER_SECOND = 50;

/**
 * A document of `size` code units, read back from a file as the command line reads one (the
 * editor's `getText()` gives the same kind of string: one flat copy, not a slice of another).
 */
function documentOfSize(size: number): string {
  const copies = Math.ceil(size / (seedText.length + 2));
  const file = path.join(os.tmpdir(), `policy-annotator-bench-${process.pid}-${size}.txt`);
  fs.writeFileSync(file, Array.from({ length: copies }, () => seedText).join('\n\n').slice(0, size));
  try {
    return fs.readFileSync(file, 'utf8');
  } finally {
    fs.rmSync(file, { force: true });
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function timeDetection(text: string): { ms: number; entities: number } {
  // Untimed runs first, so that each size is timed with the code optimised for it.
  const warmUps = 2;
  const repeats = text.length >= 10_000_000 ? 5 : text.length >= 1_000_000 ? 9 : 21;
  const times: number[] = [];
  let entities = 0;
  for (let run = 0; run < warmUps; run++) detectEntities(text);
  for (let run = 0; run < repeats; run++) {
    const started = performance.now();
    entities = detectEntities(text).length;
    times.push(performance.now() - started);
  }
  return { ms: median(times), entities };
}

// Steady state is what an editor session sees: warm the optimising compiler up first.
for (let run = 0; run < 200; run++) detectEntities(seedText);
const rows = SIZES.map((size) => ({ size, ...timeDetection(documentOfSize(size)) }));
const base = rows[0];
console.log('size (chars)   entities        ms      MB/s   ms per byte vs 10 KB');
for (const row of rows) {
  const mbPerSecond = row.size / 1e6 / (row.ms / 1000);
  const ratio = (row.ms / row.size) / (base.ms / base.size);
  console.log(`${String(row.size).padStart(12)} ${String(row.entities).padStart(10)} ${row.ms.toFixed(1).padStart(9)} ${mbPerSecond.toFixed(1).padStart(9)} ${ratio.toFixed(2).padStart(12)}`);
}
const largest = rows[rows.length - 1];
const largestRate = largest.size / 1e6 / (largest.ms / 1000);
console.log(`\n${largestRate >= TARGET_MB_PER_SECOND ? 'meets' : 'misses'} the ${TARGET_MB_PER_SECOND} MB/s target at 10 MB (${largestRate.toFixed(1)} MB/s)`);
