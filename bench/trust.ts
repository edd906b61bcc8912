import { performance } from 'node:perf_hooks';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { anchorQuote, anchorQuoteSteps, createQuoteAnchor } from '../src/core/anchoring/quoteAnchor';
import type { QuoteAnchor } from '../src/core/sidecar/types';
import { anchorClaim } from '../src/core/anchoring/claimTracking';
import { splitSentences } from '../src/core/claims/sentences';
import { addOutcomes, emptyOutcome, seededRandom, trackingRun } from '../test/support/trackingRun';

// Counting what trust rests on: random edit sequences over documents of repeated and
// near-duplicate sentences, each claim's true place carried through every edit beside where the
// claim tracking puts it (in the editor, and placed afresh as check or a reopened file does);
// then the hostile re-anchoring case of issue 11.
// Run: npm run compile-tests && node out/bench/trust.js [runs]

const RUNS = Number(process.argv[2] ?? 5_000);
let editor = emptyOutcome();
let afresh = emptyOutcome();
const began = performance.now();
for (let run = 1; run <= RUNS; run++) {
  const outcome = trackingRun(seededRandom(run), 1 + (run % 12));
  editor = addOutcomes(editor, outcome.editor);
  afresh = addOutcomes(afresh, outcome.afresh);
}
const elapsed = (performance.now() - began) / 1000;
console.log(`${RUNS} random edit sequences (1 to 12 edits each), ${editor.claims} claims, ${elapsed.toFixed(1)} s`);
for (const [how, outcome] of [['in the editor (tracked through edits)', editor], ['placed afresh (check, reopening)', afresh]] as const) {
  console.log(`  ${how}: lost ${outcome.lost}, shown on other figures ${outcome.otherFigures}, on an identical copy instead of its edited original ${outcome.onCopyInsteadOfEdited}, orphaned with text intact ${outcome.orphanedIntact}, needs review with text intact ${outcome.needsReviewIntact}`);
}

// A 100 KB quote with one character changed, in a 3 MB one-line document of repeated text.
const unit = 'The council spent £5m on roads in 2019 and more on schools. ';
const hostile = unit.repeat(Math.ceil(3_000_000 / unit.length));
const anchor = createQuoteAnchor(hostile, 1_000_000, 1_100_000);
const stale = { ...anchor, quote: `${anchor.quote.slice(0, 50_000)}X${anchor.quote.slice(50_001)}` };
const times: number[] = [];
let status = '';
for (let attempt = 0; attempt < 5; attempt++) {
  const started = performance.now();
  status = anchorQuote(hostile, stale).status;
  times.push(performance.now() - started);
}
times.sort((a, b) => a - b);
console.log(`100 KB stale quote in 3 MB of repeated text: ${status}, median ${times[2].toFixed(0)} ms (min ${times[0].toFixed(0)}, max ${times[4].toFixed(0)}) over 5 runs`);

/** The longest stretch between two stops of one re-anchoring (what one slice in the editor can cost at least), and the whole. */
function longestStep(text: string, anchor: QuoteAnchor): { longest: number; total: number; status: string } {
  const job = anchorQuoteSteps(text, anchor);
  let longest = 0;
  const began = performance.now();
  for (;;) {
    const started = performance.now();
    const step = job.next();
    longest = Math.max(longest, performance.now() - started);
    if (step.done) return { longest, total: performance.now() - began, status: step.value.status };
  }
}

const hostileSteps = longestStep(hostile, stale);
console.log(`  in steps: longest step ${hostileSteps.longest.toFixed(0)} ms of ${hostileSteps.total.toFixed(0)} ms`);
// 10 MB of the seeds with their figures varied (no repeated paragraphs), one quote edited and moved to the end.
const seedsFolder = path.resolve(__dirname, '..', '..', 'seeds');
const seeds = fs.readdirSync(seedsFolder).filter((name) => name.endsWith('.txt')).sort().map((name) => fs.readFileSync(path.join(seedsFolder, name), 'utf8')).join('\n\n');
let large = '';
for (let copy = 0; large.length < 10_000_000; copy++) large += `${seeds.replace(/\d/g, (digit) => String((Number(digit) + copy) % 10)).replace(/watchdog/g, `watchdog ${copy}`)}\n\n`;
const quoteStart = large.indexOf('The watchdog 0 thus argued');
const quoteEnd = large.indexOf('.', quoteStart + 60) + 1;
const largeAnchor = createQuoteAnchor(large, quoteStart, quoteEnd);
// Flattened, as the editor's getText() gives it (a string built by concatenation is flattened on first read).
const moved = Buffer.from(`${large.slice(0, quoteStart)}${large.slice(quoteEnd)}\n\n${largeAnchor.quote.replace('may be optimistic', 'might be optimistic')}`, 'utf16le').toString('utf16le');
const largeSteps = longestStep(moved, largeAnchor);
console.log(`A quote edited and moved to the end of 10 MB: ${largeSteps.status} in ${largeSteps.total.toFixed(0)} ms, longest step ${largeSteps.longest.toFixed(0)} ms`);

// Issue 11's look-alike test over every seed: each sentence with figures is tagged, a copy with
// only its numbers changed is added at the end, and the tagged sentence is deleted.
const lookAlikeStatuses = new Map<string, number>();
for (const name of fs.readdirSync(seedsFolder).filter((file) => file.endsWith('.txt')).sort()) {
  const seed = fs.readFileSync(path.join(seedsFolder, name), 'utf8');
  for (const span of splitSentences(seed)) {
    const quote = seed.slice(span.start, span.end);
    if (quote.length < 40 || !/\d/.test(quote) || seed.indexOf(quote) !== seed.lastIndexOf(quote)) continue;
    const claim = { id: 'c-look01', anchor: createQuoteAnchor(seed, span.start, span.end), tags: [] };
    const lookAlike = quote.replace(/\d+/g, (digits) => String(Number(digits) + 3));
    const edited = `${seed.slice(0, span.start)}${seed.slice(span.end)}\n\n${lookAlike}`;
    const status = anchorClaim(edited, claim).status;
    lookAlikeStatuses.set(status, (lookAlikeStatuses.get(status) ?? 0) + 1);
  }
}
console.log(`Tagged sentence deleted, a copy with other numbers elsewhere (every seed sentence with figures): ${[...lookAlikeStatuses].map(([status, count]) => `${status} ${count}`).join(', ')}`);
