import { performance } from 'node:perf_hooks';
import { EntityScanner } from '../src/core/entities/entityScanner';
import { distinctDocument } from './distinctDocument';
import { cpuNow, type Step } from './stepTime';

// The longest single steps of the entity scan as the editor runs it on opening a large document
// (a slice can only end where a step does; issue #16 asks for no block of the extension host over
// 50 ms): a fresh process, so the first scan meets the code not yet compiled and builds the
// organisation list's detector, as the host's first document of a session does. The scanner is
// made, then scanned a step at a time, a first time (cold) and a second (compiled), on documents
// of distinct paragraphs; the CPU and clock times of the three longest steps, and where in the
// scan they fell (the step's number of all). Placing 1,000 claims has its longest step in
// bench/claimPlacement.ts.
// Run: npm run compile-tests && node out/bench/longestSteps.js [MB, default 5]

/** Every step of a fresh scanner's scan of `text`, its making counted as step 0. */
function stepsOfScan(text: string): Step[] {
  const steps: Step[] = [];
  let began = { cpu: cpuNow(), wall: performance.now() };
  const job = new EntityScanner().scanInSteps(text);
  for (let index = 0; ; index++) {
    const done = index > 0 && job.next().done;
    steps.push({ index, cpu: cpuNow() - began.cpu, wall: performance.now() - began.wall });
    if (done) return steps;
    began = { cpu: cpuNow(), wall: performance.now() };
  }
}

function shown(step: Step, of: number): string {
  return `${step.cpu.toFixed(1)} (${step.wall.toFixed(1)}) ms at ${step.index}/${of}`;
}

const megabytes = Number(process.argv[2] ?? 5);
const { text, paragraphs } = distinctDocument(megabytes * 1_000_000);
console.log(`${megabytes} MB of distinct paragraphs (${paragraphs}); the longest steps by CPU time (the clock's in brackets)`);
for (const run of ['first scan (cold)', 'second scan']) {
  const steps = stepsOfScan(text);
  const longest = [...steps].sort((a, b) => b.cpu - a.cpu).slice(0, 3);
  console.log(`${run.padEnd(18)} ${steps.length} steps: ${longest.map((step) => shown(step, steps.length)).join(', ')}`);
}
