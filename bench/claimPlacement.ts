import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { claimPlacements } from '../src/core/anchoring/placeClaims';
import { detectEntities } from '../src/core/entities/detectEntities';
import { serialiseSidecar } from '../src/core/sidecar/serialise';
import type { SidecarClaim } from '../src/core/sidecar/types';
import { distinctDocument } from './distinctDocument';
import { CLAIMS, claimsOn, variantText, VARIANTS } from './placementSidecars';
import { cpuNow } from './stepTime';
import { median } from './median';

// Placing a sidecar of 1,000 claims on a document of distinct paragraphs (1 MB and 10 MB), with
// the claims' text unchanged, 10% of them edited or moved, or 10% deleted: the time to place them
// all in process, the longest stretch without a stop of the placement steps (what one of the
// editor's 30 ms slices can overrun by), and `check` of the sidecar against `scan` of the document,
// each end to end through the command line (Node start-up included), in this one run. On a machine
// shared with other work, wall-clock times follow its load: CPU times are printed beside them
// (the command line's from Linux's /proc, in 10 ms ticks).
// The command line is timed as compiled (out/) and, when built (npm run build), as bundled
// (dist/cli.js, what package.json's "bin" ships and users run).
// Run: npm run build && npm run compile-tests && node out/bench/claimPlacement.js [sizes in MB, default 1 10]

const COMPILED_CLI = path.resolve(__dirname, '..', 'src', 'cli', 'main.js');
const BUNDLED_CLI = path.resolve(__dirname, '..', '..', 'dist', 'cli.js');
const clis = [{ name: 'out', script: COMPILED_CLI }, ...(fs.existsSync(BUNDLED_CLI) ? [{ name: 'dist', script: BUNDLED_CLI }] : [])];
const sizes = process.argv.length > 2 ? process.argv.slice(2).map(Number) : [1, 10];

interface Time {
  readonly wall: number;
  readonly cpu: number;
}

/** Milliseconds of CPU used by this process's children that have ended (Linux: /proc/self/stat, in ticks of 10 ms). */
function childrenCpuNow(): number {
  const fields = fs.readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /s, '').split(' ');
  // cutime and cstime, the 16th and 17th fields of the line (13th and 14th after the name).
  return (Number(fields[13]) + Number(fields[14])) * 10;
}

/** Every claim placed by the steps the editor runs in slices: the whole time, the longest step, and the states. */
function placeInSteps(text: string, claims: readonly SidecarClaim[]): { total: Time; longest: Time; states: string } {
  const job = claimPlacements(text, claims, () => undefined, (piece) => detectEntities(piece));
  const longest = { wall: 0, cpu: 0 };
  const began = { wall: performance.now(), cpu: cpuNow() };
  for (;;) {
    const started = { wall: performance.now(), cpu: cpuNow() };
    const step = job.next();
    longest.wall = Math.max(longest.wall, performance.now() - started.wall);
    longest.cpu = Math.max(longest.cpu, cpuNow() - started.cpu);
    if (step.done) {
      const states = new Map<string, number>();
      for (const placed of step.value) states.set(placed.status, (states.get(placed.status) ?? 0) + 1);
      const total = { wall: performance.now() - began.wall, cpu: cpuNow() - began.cpu };
      return { total, longest, states: [...states].map(([state, count]) => `${state} ${count}`).join(', ') };
    }
  }
}

function timeCli(cli: string, args: string[], cwd: string): Time {
  const started = { wall: performance.now(), cpu: childrenCpuNow() };
  try {
    execFileSync(process.execPath, [cli, ...args], { cwd, stdio: 'ignore', maxBuffer: 1 << 30 });
  } catch (error) {
    // check exits 1 when a claim needs review or is orphaned: that is its answer, not a failure.
    if ((error as { status?: number }).status !== 1) throw error;
  }
  return { wall: performance.now() - started.wall, cpu: childrenCpuNow() - started.cpu };
}

/** "wall (cpu) ms". */
function shown(time: Time): string {
  return `${time.wall.toFixed(0)} (${time.cpu.toFixed(0)}) ms`;
}

/** check against scan by the median of each, wall clock and CPU. */
function versus(check: readonly Time[], scan: readonly Time[]): string {
  const wall = [median(check.map((time) => time.wall)), median(scan.map((time) => time.wall))];
  const cpu = [median(check.map((time) => time.cpu)), median(scan.map((time) => time.cpu))];
  return `${wall[0].toFixed(0)} / ${wall[1].toFixed(0)} ms = ${(wall[0] / wall[1]).toFixed(2)} (CPU ${cpu[0].toFixed(0)} / ${cpu[1].toFixed(0)} ms = ${(cpu[0] / cpu[1]).toFixed(2)})`;
}

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-annotator-placement-'));
try {
  console.log('wall-clock times, CPU times in brackets; check / scan: the medians of each over the runs, alternated');
  console.log(`${'document'.padEnd(20)}${'variant'.padEnd(18)}${'placed in process'.padStart(20)}${'longest step'.padStart(18)}   ${'check / scan, end to end (out: compiled, dist: bundled)'.padEnd(66)}states`);
  for (const megabytes of sizes) {
    const { text } = distinctDocument(megabytes * 1_000_000);
    const claims = claimsOn(text);
    const runs = megabytes >= 10 ? 1 : 3;
    for (const variant of VARIANTS) {
      const changedText = variantText(text, claims, variant);
      const placed = placeInSteps(changedText, claims);
      fs.writeFileSync(path.join(folder, 'report.txt'), changedText);
      fs.writeFileSync(path.join(folder, 'report.txt.annotations.yaml'), serialiseSidecar({ schema: 1, document: 'report.txt', offsets: 'utf-16', claims }));
      for (const cli of clis) {
        const check: Time[] = [];
        const scan: Time[] = [];
        // Alternated, so that a change in the machine's load falls on both.
        for (let run = 0; run < runs; run++) {
          scan.push(timeCli(cli.script, ['scan', 'report.txt'], folder));
          check.push(timeCli(cli.script, ['check', 'report.txt.annotations.yaml'], folder));
        }
        console.log(`${`${megabytes} MB, ${CLAIMS} claims`.padEnd(20)}${variant.padEnd(18)}${shown(placed.total).padStart(20)}${shown(placed.longest).padStart(18)}   ${`${cli.name}: ${versus(check, scan)}`.padEnd(66)}${placed.states}`);
      }
    }
  }
} finally {
  fs.rmSync(folder, { recursive: true, force: true });
}
