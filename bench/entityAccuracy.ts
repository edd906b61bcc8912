import { detectEntities } from '../src/core/entities/detectEntities';
import { compareEntities, describeDisagreements, formatScoreTable, loadGoldDocuments, scoreComparisons } from '../test/support/entityScoring';

// Strict-span precision, recall and F1 of the entity detector against the hand-labelled seeds.
// Run: npm run compile-tests && node out/bench/entityAccuracy.js [--details]

const comparisons = loadGoldDocuments().map((document) => compareEntities(document, detectEntities(document.text)));
console.log(formatScoreTable(scoreComparisons(comparisons)));
if (process.argv.includes('--details')) {
  console.log(`\n${describeDisagreements(comparisons)}`);
}
