import * as fs from 'node:fs';
import * as path from 'node:path';
import { sourceJson } from '../src/cli/claims';
import { findClaimCandidates } from '../src/core/claims/claimCandidates';
import { detectEntities } from '../src/core/entities/detectEntities';
import { compareClaims, describeClaimDisagreements, formatClaimScores, loadClaimGold, scoreClaims, type FoundClaim } from '../test/support/claimScoring';

// Precision and recall of the claim finder over all claims and over checkworthy ones, and how often
// it names the right source, against a labelled set (test/fixtures/claims-gold by default).
// Run: npm run compile-tests && node out/bench/claimAccuracy.js [--gold DIR] [--docs DIR]… [--min-score N] [--details]
//      [--predictions FILE]  scores `policy-annotator claims --json` output (or another finder's, in that shape) instead.
// Documents are looked for beside the labels, in each --docs folder, and in seeds/.

const REPO_ROOT = path.resolve(__dirname, '..', '..');

function options(name: string): string[] {
  return process.argv.flatMap((argument, index) => {
    if (argument !== name) return [];
    const value = process.argv[index + 1];
    if (value === undefined || value.startsWith('--')) throw new Error(`${name} needs a value`);
    return [value];
  });
}

const goldDir = path.resolve(options('--gold')[0] ?? path.join(REPO_ROOT, 'test', 'fixtures', 'claims-gold'));
const docsDirs = [goldDir, ...options('--docs').map((dir) => path.resolve(dir)), path.join(REPO_ROOT, 'seeds')];
const minScore = Number(options('--min-score')[0] ?? -Infinity);
const predictionsFile = options('--predictions')[0];
const documents = loadClaimGold(goldDir, docsDirs);

const predictions = predictionsFile === undefined ? undefined
  : new Map((JSON.parse(fs.readFileSync(predictionsFile, 'utf8')) as { files: { path: string; claims: FoundClaim[] }[] }).files
    .map((file) => [path.basename(file.path), file.claims]));

const comparisons = documents.map((document) => {
  const found: FoundClaim[] = predictions ? predictions.get(document.name) ?? []
    : findClaimCandidates(document.text, detectEntities(document.text))
      .map(({ start, end, text, score, source }) => ({ start, end, text, score, source: sourceJson(source) }));
  return compareClaims(document, found);
});
const seedsDir = path.join(REPO_ROOT, 'seeds');
const sets: [string, typeof comparisons][] = [
  ['all documents', comparisons],
  ['seeds', comparisons.filter((comparison) => fs.existsSync(path.join(seedsDir, comparison.document.name)))],
  ['not seeds', comparisons.filter((comparison) => !fs.existsSync(path.join(seedsDir, comparison.document.name)))],
];
for (const [name, set] of sets) {
  if (set.length === 0 || (set.length === comparisons.length && name !== 'all documents')) continue;
  console.log(`\n${name}: ${set.length} documents, ${set.reduce((sum, comparison) => sum + comparison.document.claims.length, 0)} gold claims`);
  console.log(formatClaimScores(scoreClaims(set, minScore)));
}
if (process.argv.includes('--details')) console.log(`\n${describeClaimDisagreements(comparisons)}`);
