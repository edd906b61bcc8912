import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import * as v8 from 'node:v8';
import { claimPlacements } from '../src/core/anchoring/placeClaims';
import type { TrackedClaim } from '../src/core/anchoring/claimTracking';
import { detectEntities } from '../src/core/entities/detectEntities';
import { parseSidecar } from '../src/core/sidecar/parse';
import { serialiseSidecar } from '../src/core/sidecar/serialise';
import { distinctDocument } from './distinctDocument';
import { annotated } from './editor/annotatedDocument';
import { claimsOn, variantText, VARIANTS } from './placementSidecars';
import { cpuNow, type Step } from './stepTime';

// Placing the editor bench's sidecar of 1,000 claims (bench/editor/annotatedDocument.ts, every
// tenth claim's sentence edited) in an open document, in process, through the steps the editor
// runs in slices (claimPlacements): the longest steps by CPU, what placing allocates (from V8's
// GC profiler: the heap used before each collection less after the one before) and keeps, the
// collector's longest pauses, and a digest of every claim's place so a change can be shown to
// decide the same. Placed twice in one process: cold (the placing code not yet compiled, as the
// host's first sidecar, though the detector is built, as the open document's scan leaves it) and again. Add --cpu-prof for a profile.
// Run: npm run compile-tests && node out/bench/placingSteps.js [MB, default 5]
// `node out/bench/placingSteps.js --write <folder>` writes the claims bench's sidecars (1 and
// 10 MB; unchanged, edited or moved, deleted) for `node out/src/cli/main.js check -v`.

function stepsOfPlacing(text: string, claims: Parameters<typeof claimPlacements>[1]): { steps: Step[]; placed: TrackedClaim[] } {
  const steps: Step[] = [];
  const job = claimPlacements(text, claims, () => undefined, (piece) => detectEntities(piece));
  for (let index = 0; ; index++) {
    const began = { cpu: cpuNow(), wall: performance.now() };
    const step = job.next();
    steps.push({ index, cpu: cpuNow() - began.cpu, wall: performance.now() - began.wall });
    if (step.done) return { steps, placed: step.value };
  }
}

/** Every claim's status and place, hashed: equal digests, equal decisions. */
function digest(placed: readonly TrackedClaim[]): string {
  return createHash('sha256').update(JSON.stringify(placed.map(({ claim, ...place }) => [claim.id, place]))).digest('hex').slice(0, 16);
}

function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(0)} MB`;
}

function place(size: number): void {
  const { text, sidecar } = annotated(distinctDocument(size * 1_000_000).text, 'report.txt');
  const parsed = parseSidecar(sidecar);
  if (!parsed.ok) throw new Error('the bench sidecar does not parse');
  const { claims } = parsed.sidecar;
  // The editor has scanned the open document before its sidecar arrives: the organisation list's detector is built.
  detectEntities(text.slice(0, 10_000));
  console.log(`${size} MB of distinct paragraphs, ${claims.length} claims (every tenth edited); steps by CPU (the clock's in brackets)`);
  for (const run of ['first placing (cold)', 'second placing']) {
    const profiler = new v8.GCProfiler();
    const usedBefore = process.memoryUsage().heapUsed;
    profiler.start();
    const { steps, placed } = stepsOfPlacing(text, claims);
    const usedAfter = process.memoryUsage().heapUsed;
    const collections = profiler.stop().statistics;
    let allocated = 0;
    let used = usedBefore;
    for (const collection of collections) {
      allocated += collection.beforeGC.heapStatistics.usedHeapSize - used;
      used = collection.afterGC.heapStatistics.usedHeapSize;
    }
    allocated += usedAfter - used;
    const longest = [...steps].sort((a, b) => b.cpu - a.cpu).slice(0, 3);
    const pauses = [...collections].sort((a, b) => b.cost - a.cost).slice(0, 3);
    const states = new Map<string, number>();
    for (const claim of placed) states.set(claim.status, (states.get(claim.status) ?? 0) + 1);
    console.log(`${run}: ${steps.length} steps, ${steps.reduce((sum, step) => sum + step.cpu, 0).toFixed(0)} ms CPU; longest ${longest.map((step) => `${step.cpu.toFixed(1)} (${step.wall.toFixed(1)}) ms at ${step.index}`).join(', ')}`);
    console.log(`  allocated ${megabytes(allocated)}, heap used ${megabytes(usedBefore)} -> ${megabytes(usedAfter)}; ${collections.length} collections, longest ${pauses.map((gc) => `${gc.gcType} ${(gc.cost / 1000).toFixed(1)} ms`).join(', ')}`);
    console.log(`  ${[...states].map(([state, count]) => `${state} ${count}`).join(', ')}; places ${digest(placed)}`);
  }
}

function write(folder: string): void {
  for (const size of [1, 10]) {
    const { text } = distinctDocument(size * 1_000_000);
    const claims = claimsOn(text);
    for (const variant of VARIANTS) {
      const into = path.join(folder, `${size}MB-${variant.replace(/ /g, '-')}`);
      fs.mkdirSync(into, { recursive: true });
      fs.writeFileSync(path.join(into, 'report.txt'), variantText(text, claims, variant));
      fs.writeFileSync(path.join(into, 'report.txt.annotations.yaml'), serialiseSidecar({ schema: 1, document: 'report.txt', offsets: 'utf-16', claims }));
    }
  }
}

if (process.argv[2] === '--write') write(process.argv[3]);
else place(Number(process.argv[2] ?? 5));
