import * as assert from 'node:assert/strict';
import { detectEntities } from '../../../src/core/entities/detectEntities';
import { FIGURE_KINDS } from '../../../src/core/entities/types';
import {
  compareEntities, describeDisagreements, formatScoreTable, loadGoldDocuments, scoreComparisons,
  type Comparison, type Score, type ScoreRow,
} from '../../support/entityScoring';

// Hand labels made by the spec's standard (test/fixtures/gold), micro-averaged over the five seeds.
const FIGURES_F1 = 0.97;
const ORGANISATIONS_F1 = 0.95;

describe('entity detector against the gold standard', () => {
  let comparisons: Comparison[];
  let scores: Map<ScoreRow, Score>;

  before(() => {
    comparisons = loadGoldDocuments().map((document) => compareEntities(document, detectEntities(document.text)));
    scores = scoreComparisons(comparisons);
    console.log(formatScoreTable(scores));
  });

  it(`finds figures with F1 ≥ ${FIGURES_F1}`, () => {
    const f1 = scores.get('figures')?.f1 ?? 0;
    assert.ok(f1 >= FIGURES_F1, `figures F1 ${f1.toFixed(3)} < ${FIGURES_F1}\n${describeDisagreements(comparisons, FIGURE_KINDS)}`);
  });

  it(`finds organisations with F1 ≥ ${ORGANISATIONS_F1}`, () => {
    const f1 = scores.get('organisations')?.f1 ?? 0;
    assert.ok(f1 >= ORGANISATIONS_F1, `organisations F1 ${f1.toFixed(3)} < ${ORGANISATIONS_F1}\n${describeDisagreements(comparisons, ['organisation'])}`);
  });
});
