import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ClaimCandidateFinder, findClaimCandidates } from '../src/core/claims/claimCandidates';
import { detectEntities } from '../src/core/entities/detectEntities';
import { EntityScanner } from '../src/core/entities/entityScanner';
import { distinctDocument } from './distinctDocument';
import { median } from './median';

// What claim candidates cost on top of the entity scan (issue #16: `claims` at most 2× `scan`), on
// documents of distinct paragraphs, as ratios measured in this one run:
// - in process: the scan (detectEntities), finding the candidates given its entities as the command
//   line does (findClaimCandidates: one read, nothing kept for another), and claims / scan = (scan + find) / scan;
// - end to end: `policy-annotator claims FILE --json` against `scan FILE --json`, Node start-up,
//   reading and writing the JSON included;
// - after a one-character edit: re-finding with the finder's caches, as a share of finding afresh
//   (entities given in both, from an EntityScanner that scanned the text before, as the editor has them).
// Runs are interleaved and medians taken after warm-up: the machine is shared and noisy, so in
// process the time is the process's CPU time (user and system, garbage collection included),
// which other work on the machine disturbs less than the wall clock; the CLI runs are wall clock.
// Run: npm run compile-tests && node out/bench/claimsVsScan.js [sizes in bytes…]

const SIZES = process.argv.slice(2).map(Number).filter((size) => size > 0);
const sizes = SIZES.length > 0 ? SIZES : [100_000, 1_000_000, 10_000_000];
const TARGET_RATIO = 2;
const CLI = path.resolve(__dirname, '..', 'src', 'cli', 'main.js');

/** CPU time of `run` in milliseconds, and its result. */
function timed<T>(run: () => T): [number, T] {
  const started = process.cpuUsage();
  const result = run();
  const used = process.cpuUsage(started);
  return [(used.user + used.system) / 1000, result];
}

function repeatsFor(size: number): number {
  return size >= 10_000_000 ? 3 : size >= 1_000_000 ? 7 : 15;
}

/** Scan, find afresh and re-find after an edit, interleaved run by run. */
function inProcess(text: string, repeats: number): { scan: number; find: number; candidates: number; refind: number; freshAfterEdit: number } {
  const scans: number[] = [];
  const finds: number[] = [];
  const refinds: number[] = [];
  const freshAfterEdits: number[] = [];
  let candidates = 0;
  const scanner = new EntityScanner();
  const entities = scanner.scan(text);
  const finder = new ClaimCandidateFinder();
  finder.find(text, entities);
  for (let run = -1; run < repeats; run++) {
    const [scan, scanned] = timed(() => detectEntities(text));
    const [find, found] = timed(() => findClaimCandidates(text, scanned));
    candidates = found.length;
    // A different character each time, mid-document, as typing does; the entities are the edited text's.
    const at = Math.floor(text.length / 2) + run;
    const edited = [text.slice(0, at), String.fromCharCode(98 + run), text.slice(at)].join('');
    const editedEntities = scanner.scan(edited);
    const [refind] = timed(() => finder.find(edited, editedEntities));
    const [freshAfterEdit] = timed(() => new ClaimCandidateFinder().find(edited, editedEntities));
    finder.find(text, scanner.scan(text));
    // The first round warms the optimising compiler up for this size.
    if (run < 0) continue;
    scans.push(scan);
    finds.push(find);
    refinds.push(refind);
    freshAfterEdits.push(freshAfterEdit);
  }
  return { scan: median(scans), find: median(finds), candidates, refind: median(refinds), freshAfterEdit: median(freshAfterEdits) };
}

/** Wall-clock time of one CLI run, its output thrown away (but written). */
function cliRun(command: 'scan' | 'claims', file: string): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, [CLI, command, '--json', file], { stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = performance.now() - started;
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr.toString()}`);
  return ms;
}

function endToEnd(text: string, repeats: number): { scan: number; claims: number } {
  const file = path.join(os.tmpdir(), `policy-annotator-claims-bench-${process.pid}.txt`);
  fs.writeFileSync(file, text);
  try {
    const scans: number[] = [];
    const claims: number[] = [];
    cliRun('scan', file);
    cliRun('claims', file);
    for (let run = 0; run < repeats; run++) {
      scans.push(cliRun('scan', file));
      claims.push(cliRun('claims', file));
    }
    return { scan: median(scans), claims: median(claims) };
  } finally {
    fs.rmSync(file, { force: true });
  }
}

const ms = (value: number): string => value.toFixed(1).padStart(9);
const ratio = (value: number): string => value.toFixed(2).padStart(8);

console.log('in process (medians of CPU time)                      claims =     claims/ ');
console.log('size (chars)  paragraphs  candidates    scan ms    find ms  scan+find    scan     re-find after edit / fresh find');
let worst = 0;
const rows: { size: number; scan: number; claims: number }[] = [];
for (const size of sizes) {
  const { text, paragraphs } = distinctDocument(size);
  const measured = inProcess(text, repeatsFor(size));
  const claimsRatio = (measured.scan + measured.find) / measured.scan;
  worst = Math.max(worst, claimsRatio);
  console.log(`${String(size).padStart(12)} ${String(paragraphs).padStart(11)} ${String(measured.candidates).padStart(11)} ${ms(measured.scan)}  ${ms(measured.find)}  ${ms(measured.scan + measured.find)} ${ratio(claimsRatio)}     `
    + `${measured.refind.toFixed(2)} ms / ${measured.freshAfterEdit.toFixed(1)} ms = ${(measured.refind / measured.freshAfterEdit).toFixed(3)}`);
  rows.push({ size, ...endToEnd(text, repeatsFor(size)) });
}
console.log('\nend to end: node out/src/cli/main.js scan|claims --json FILE (medians, Node start-up included)');
console.log('size (chars)    scan ms  claims ms  claims/scan');
for (const row of rows) {
  const rowRatio = row.claims / row.scan;
  worst = Math.max(worst, rowRatio);
  console.log(`${String(row.size).padStart(12)}  ${ms(row.scan)}  ${ms(row.claims)} ${ratio(rowRatio)}`);
}
console.log(`\n${worst <= TARGET_RATIO ? 'meets' : 'misses'} the target: claims at most ${TARGET_RATIO}× scan (worst ${worst.toFixed(2)})`);
