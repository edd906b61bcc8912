import * as fs from 'node:fs';
import * as path from 'node:path';
import { CallFrame, CpuProfile, isOurs, ownerOf, profileFiles, stacksOf } from './cpuProfile';

/**
 * The longest stretches an extension host's CPU profile (saved by the editor bench with
 * BENCH_CPU_PROFILE=<folder>) was busy, and whose code ran in them: this extension's, VS Code's own,
 * another extension's, or the garbage collector. Each stretch is told by the clock and by CPU time:
 * on a loaded machine the host waits for a core in the middle of its work, which the clock (and the
 * bench's event-loop delay) counts and the CPU time does not.
 *
 *   node out/bench/editor/profileBlocks.js <profile.cpuprofile | folder> … [--top N] [--min MS] [--turns]
 */

interface Stretch {
  readonly startMs: number;
  readonly wallMs: number;
  readonly cpuMs: number;
  /** CPU time by whose code ran, most first. */
  readonly owners: readonly (readonly [string, number])[];
}

/**
 * The profile's busy stretches (consecutive samples that are not idle), longest by CPU time first;
 * with `turns`, a stretch also ends where a turn of our slice queue begins or ends (`runTurn` on
 * the stack; the collector's samples, which have no stack, stay with the stretch they interrupt),
 * so a slice is told apart from the host's work just before or after it.
 */
function stretchesOf(profile: CpuProfile, turns: boolean): Stretch[] {
  const stackOf = stacksOf(profile);
  const owners = new Map<number, { owner: string; inTurn: boolean | undefined }>();
  const ownerOfNode = (id: number): { owner: string; inTurn: boolean | undefined } => {
    let owner = owners.get(id);
    if (owner === undefined) {
      const stack: readonly CallFrame[] = stackOf(id);
      // The collector's and the VM's own samples have no stack to tell whose turn they are in.
      const stackless = stack[0].functionName === '(garbage collector)' || stack[0].functionName === '(program)';
      owner = {
        owner: stack[0].functionName === '(idle)' ? '' : ownerOf(stack),
        inTurn: stackless ? undefined : stack.some((frame) => frame.functionName === 'runTurn' && isOurs(frame.url)),
      };
      owners.set(id, owner);
    }
    return owner;
  };
  // A sample stands for the time to the next one, unless the host was waiting for a core meanwhile:
  // then for the usual interval only.
  const sorted = [...profile.timeDeltas].sort((a, b) => a - b);
  const usualUs = sorted[sorted.length >> 1];
  const stretches: Stretch[] = [];
  let time = profile.startTime;
  let current: { startUs: number; endUs: number; cpuUs: number; owners: Map<string, number>; inTurn: boolean | undefined } | undefined;
  const close = (): void => {
    if (!current) return;
    const sortedOwners = [...current.owners].map(([owner, us]) => [owner, us / 1000] as const).sort((a, b) => b[1] - a[1]);
    stretches.push({ startMs: (current.startUs - profile.startTime) / 1000, wallMs: (current.endUs - current.startUs) / 1000, cpuMs: current.cpuUs / 1000, owners: sortedOwners });
    current = undefined;
  };
  profile.samples.forEach((id, index) => {
    time += profile.timeDeltas[index];
    const { owner, inTurn } = ownerOfNode(id);
    if (owner === '') return close();
    if (turns && current && inTurn !== undefined && current.inTurn !== undefined && inTurn !== current.inTurn) close();
    const forUs = Math.min(profile.timeDeltas[index + 1] ?? usualUs, 2 * usualUs);
    current ??= { startUs: time, endUs: time, cpuUs: 0, owners: new Map(), inTurn };
    current.inTurn ??= inTurn;
    current.endUs = time + forUs;
    current.cpuUs += forUs;
    current.owners.set(owner, (current.owners.get(owner) ?? 0) + forUs);
  });
  close();
  return stretches.sort((a, b) => b.cpuMs - a.cpuMs);
}

function main(): void {
  const args = process.argv.slice(2);
  const option = (name: string, fallback: number): number => {
    const at = args.indexOf(name);
    return at === -1 ? fallback : Number(args.splice(at, 2)[1]);
  };
  const turns = args.includes('--turns');
  if (turns) args.splice(args.indexOf('--turns'), 1);
  const top = option('--top', 5);
  const minMs = option('--min', 20);
  const files = profileFiles(args);
  if (files.length === 0) {
    console.error('usage: node out/bench/editor/profileBlocks.js <profile.cpuprofile | folder> … [--top N] [--min MS] [--turns]');
    process.exitCode = 1;
    return;
  }
  for (const file of files) {
    const stretches = stretchesOf(JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile, turns).filter((stretch) => stretch.cpuMs >= minMs).slice(0, top);
    console.log(`${path.basename(file)}: ${stretches.length === 0 ? `no busy stretch of ${minMs} ms of CPU or more` : 'longest busy stretches by CPU time'}`);
    for (const stretch of stretches) {
      console.log(`  at ${stretch.startMs.toFixed(0)} ms: ${stretch.cpuMs.toFixed(1)} ms CPU in ${stretch.wallMs.toFixed(1)} ms`);
      for (const [owner, ms] of stretch.owners.slice(0, 4)) console.log(`    ${ms.toFixed(1).padStart(6)} ms  ${owner}`);
    }
  }
}

main();
