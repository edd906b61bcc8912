import * as path from 'node:path';
import { detectEntities } from '../src/core/entities/detectEntities';
import { compareEntities, describeDisagreements, formatScoreTable, loadGoldDocuments, scoreComparisons } from '../test/support/entityScoring';

// Strict-span precision, recall and F1 of the entity detector against the hand-labelled seeds.
// Run: npm run compile-tests && node out/bench/entityAccuracy.js [--details]
// Another labelled set: --gold DIR (its documents beside the labels, as in test/fixtures/heldout),
// or --gold DIR --docs DIR when the documents live elsewhere. Relative paths are from the working directory.

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  if (at < 0) return undefined;
  const value = process.argv[at + 1];
  if (value === undefined || value.startsWith('--')) throw new Error(`${name} needs a folder`);
  return path.resolve(value);
}

const goldDir = option('--gold');
const docsDir = option('--docs') ?? goldDir;
const documents = goldDir === undefined ? loadGoldDocuments() : loadGoldDocuments(goldDir, docsDir);
const comparisons = documents.map((document) => compareEntities(document, detectEntities(document.text)));
console.log(formatScoreTable(scoreComparisons(comparisons)));
if (process.argv.includes('--details')) {
  console.log(`\n${describeDisagreements(comparisons)}`);
}
