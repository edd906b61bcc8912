import * as fs from 'node:fs';
import * as path from 'node:path';
import { CallFrame, CpuProfile, isOurs, ownerOf, profileFiles, stacksOf } from './cpuProfile';

/**
 * Where an extension host's CPU went between a large document's arrival and our answer to the
 * editor's lens request for it, from a profile the installed bench writes (`BENCH_CPU_PROFILE`):
 * each window begins at a stretch of VS Code taking in a document (`$acceptDocumentsAndEditorsDelta`
 * for at least `--min-arrival` ms of CPU: the 5 MB ones) and ends at the next sample of our
 * `provideCodeLenses`; or, with `--window FROM-TO` (ms on the machine's monotonic clock, as the
 * installed bench prints them with BENCH_CPU_PROFILE), that stretch of time in whichever profile
 * covers it. Prints, per window, its length by the clock, the CPU time by owner (ours by function,
 * VS Code's, other extensions', the collector), the idle time, and when the host first took in the
 * document (its first `$acceptDocumentsAndEditorsDelta` sample) and first ran our lens provider.
 * The installed extension is minified: our top-level functions have short names, methods keep theirs.
 *
 * With `--whole`, each profile as one window (the workbench page's, saved by the installed bench
 * for each opening as page-<file>.cpuprofile: by script and function, as it has no extension host).
 *
 *   node out/bench/editor/profileWindows.js <profile.cpuprofile | folder> … [--min-arrival MS] [--top N] [--window FROM-TO] … [--whole]
 */

interface Sample {
  readonly atUs: number;
  readonly forUs: number;
  readonly stack: readonly CallFrame[];
}

function samplesOf(profile: CpuProfile): Sample[] {
  const stackOf = stacksOf(profile);
  const sorted = [...profile.timeDeltas].sort((a, b) => a - b);
  const usualUs = sorted[sorted.length >> 1];
  let time = profile.startTime;
  return profile.samples.map((id, index) => {
    time += profile.timeDeltas[index];
    // A sample stands for the time to the next one, at most twice the usual interval (the rest is waiting for a core).
    return { atUs: time, forUs: Math.min(profile.timeDeltas[index + 1] ?? usualUs, 2 * usualUs), stack: stackOf(id) };
  });
}

const isArrival = (sample: Sample): boolean => sample.stack.some((frame) => frame.functionName === '$acceptDocumentsAndEditorsDelta');
// The provider's own frame, or the method it awaits in (a short answer is seldom sampled in the first).
const isAnswer = (sample: Sample): boolean => sample.stack.some((frame) => (frame.functionName === 'provideCodeLenses' || frame.functionName === 'lensesWhenReady') && isOurs(frame.url));

function windowsOf(samples: readonly Sample[], minArrivalUs: number): { start: number; end: number }[] {
  const windows: { start: number; end: number }[] = [];
  for (let index = 0; index < samples.length; index++) {
    if (!isArrival(samples[index])) continue;
    let end = index;
    let arrivalUs = 0;
    for (; end < samples.length && (isArrival(samples[end]) || samples[end].stack[0].functionName === '(garbage collector)'); end++) arrivalUs += samples[end].forUs;
    if (arrivalUs >= minArrivalUs) {
      const answer = samples.findIndex((sample, at) => at >= end && isAnswer(sample));
      if (answer !== -1) {
        windows.push({ start: index, end: answer });
        // One window per answer: arrivals before it belong to the same opening.
        end = answer;
      }
    }
    index = end;
  }
  return windows;
}

/**
 * The window's CPU time by owner from the host's first sample of taking in the document on (before
 * it, the document was on its way: the host's busy time then is given in all).
 */
function describeWindow(samples: readonly Sample[], start: number, end: number, top: number): void {
  const arrival = samples.findIndex((sample, at) => at >= start && at <= end && isArrival(sample));
  const from = arrival === -1 ? start : arrival;
  const busyBeforeMs = samples.slice(start, from).filter((sample) => sample.stack[0].functionName !== '(idle)').reduce((sum, sample) => sum + sample.forUs, 0) / 1000;
  const provider = samples.findIndex((sample, at) => at >= from && at <= end && isAnswer(sample));
  const byOwner = new Map<string, number>();
  // From taking the document in to our provider's first sample: what the host did before answering.
  const beforeProvider = new Map<string, number>();
  for (let at = from; at <= end; at++) {
    const { stack } = samples[at];
    const owner = stack[0].functionName === '(idle)' ? '(idle)' : ownerOf(stack);
    byOwner.set(owner, (byOwner.get(owner) ?? 0) + samples[at].forUs);
    if (at < provider) {
      const whose = owner.startsWith('ours') ? 'ours' : owner === '(idle)' ? 'idle' : 'the rest';
      beforeProvider.set(whose, (beforeProvider.get(whose) ?? 0) + samples[at].forUs);
    }
  }
  const clockMs = (samples[end].atUs - samples[from].atUs) / 1000;
  const total = (prefix: string): number => [...byOwner].filter(([owner]) => owner.startsWith(prefix)).reduce((sum, [, us]) => sum + us, 0) / 1000;
  const idleMs = total('(idle)');
  const busyMs = [...byOwner].filter(([owner]) => owner !== '(idle)').reduce((sum, [, us]) => sum + us, 0) / 1000;
  const firstAt = (test: (sample: Sample) => boolean): string => {
    const found = samples.slice(start, end + 1).find(test);
    return found ? `${((found.atUs - samples[start].atUs) / 1000).toFixed(0)} ms` : 'never';
  };
  console.log(`  at ${(samples[start].atUs / 1000).toFixed(1)}: ${((samples[end].atUs - samples[start].atUs) / 1000).toFixed(0)} ms by the clock; document taken in at ${firstAt(isArrival)} (the host busy ${busyBeforeMs.toFixed(1)} ms CPU before), our lens provider at ${firstAt(isAnswer)}; from taking it in, ${clockMs.toFixed(0)} ms by the clock: `
    + `busy ${busyMs.toFixed(1)} ms CPU (ours ${total('ours').toFixed(1)}, VS Code ${total('VS Code').toFixed(1)}, extensions ${total('extension').toFixed(1)}, `
    + `collector ${total('(garbage collector)').toFixed(1)}, program ${total('(program)').toFixed(1)}), idle ${idleMs.toFixed(1)} ms, waiting for a core ${Math.max(0, clockMs - busyMs - idleMs).toFixed(0)} ms`);
  if (provider !== -1) console.log(`    before our provider ran: ${['ours', 'the rest', 'idle'].map((whose) => `${whose} ${((beforeProvider.get(whose) ?? 0) / 1000).toFixed(1)} ms`).join(', ')}`);
  const owners = [...byOwner].filter(([owner]) => owner !== '(idle)').sort((a, b) => b[1] - a[1]).slice(0, top);
  for (const [owner, us] of owners) console.log(`    ${(us / 1000).toFixed(1).padStart(7)} ms  ${owner}`);
}

function main(): void {
  const args = process.argv.slice(2);
  const whole = args.includes('--whole');
  if (whole) args.splice(args.indexOf('--whole'), 1);
  const explicit: [number, number][] = [];
  for (let at = args.indexOf('--window'); at !== -1; at = args.indexOf('--window')) {
    const [from, to] = args.splice(at, 2)[1].split('-').map(Number);
    explicit.push([from * 1000, to * 1000]);
  }
  const option = (name: string, fallback: number): number => {
    const at = args.indexOf(name);
    return at === -1 ? fallback : Number(args.splice(at, 2)[1]);
  };
  const minArrivalMs = option('--min-arrival', 5);
  const top = option('--top', 8);
  const files = profileFiles(args);
  for (const file of files) {
    const samples = samplesOf(JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile);
    if (whole) {
      console.log(path.basename(file));
      describeWindow(samples, 0, samples.length - 1, top);
      continue;
    }
    if (explicit.length > 0) {
      const covered = explicit.filter(([from, to]) => samples.length > 0 && from >= samples[0].atUs && to <= samples[samples.length - 1].atUs);
      if (covered.length > 0) console.log(`${path.basename(file)}: the windows given`);
      for (const [from, to] of covered) {
        const start = samples.findIndex((sample) => sample.atUs >= from);
        const after = samples.findIndex((sample) => sample.atUs > to);
        describeWindow(samples, start, (after === -1 ? samples.length : after) - 1, top);
      }
      continue;
    }
    const windows = windowsOf(samples, minArrivalMs * 1000);
    if (windows.length === 0) continue;
    console.log(`${path.basename(file)}: ${windows.length} windows from a document taken in (${minArrivalMs} ms CPU or more) to our lens answer`);
    for (const { start, end } of windows) describeWindow(samples, start, end, top);
  }
}

main();
