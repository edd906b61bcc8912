import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { detectEntities } from '../../../src/core/entities/detectEntities';
import { FIGURE_KINDS } from '../../../src/core/entities/types';
import {
  compareEntities, describeDisagreements, formatScoreTable, loadGoldDocuments, scoreComparisons,
  type Comparison, type Score, type ScoreRow,
} from '../../support/entityScoring';

// Hand labels made by the spec's standard (test/fixtures/gold), micro-averaged over the five seeds.
const FIGURES_F1 = 0.97;
const ORGANISATIONS_F1 = 0.95;
const HELD_OUT_DIR = path.resolve(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'heldout');
const SECOND_HELD_OUT_DIR = path.resolve(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'heldout2');
const THIRD_HELD_OUT_DIR = path.resolve(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'heldout3');

function describeScoresAgainst(title: string, load: () => ReturnType<typeof loadGoldDocuments>, figuresF1: number, organisationsF1: number): void {
  describe(title, () => {
    let comparisons: Comparison[];
    let scores: Map<ScoreRow, Score>;

    before(() => {
      comparisons = load().map((document) => compareEntities(document, detectEntities(document.text)));
      scores = scoreComparisons(comparisons);
      console.log(formatScoreTable(scores));
    });

    it(`finds figures with F1 ≥ ${figuresF1}`, () => {
      const f1 = scores.get('figures')?.f1 ?? 0;
      assert.ok(f1 >= figuresF1, `figures F1 ${f1.toFixed(3)} < ${figuresF1}\n${describeDisagreements(comparisons, FIGURE_KINDS)}`);
    });

    it(`finds organisations with F1 ≥ ${organisationsF1}`, () => {
      const f1 = scores.get('organisations')?.f1 ?? 0;
      assert.ok(f1 >= organisationsF1, `organisations F1 ${f1.toFixed(3)} < ${organisationsF1}\n${describeDisagreements(comparisons, ['organisation'])}`);
    });
  });
}

describeScoresAgainst('entity detector against the gold standard', () => loadGoldDocuments(), FIGURES_F1, ORGANISATIONS_F1);
// Eight passages not in seeds/, labelled before the detector first ran on them (test/fixtures/heldout).
// They scored 0.972 and 0.877 then; they have since been used to find bugs, so they guard
// against going back rather than measure a fresh text.
describeScoresAgainst('entity detector against the held-out passages', () => loadGoldDocuments(HELD_OUT_DIR, HELD_OUT_DIR), FIGURES_F1, ORGANISATIONS_F1);
// Eight more in other styles (test/fixtures/heldout2), labelled by another hand before the detector
// ran on them: 0.957 and 0.883 then. Its bare table cells under a "Per cent of GDP" or "£ billion"
// heading are labelled percent and money, which the standard does not say, hence the lower bar.
describeScoresAgainst('entity detector against the second held-out passages', () => loadGoldDocuments(SECOND_HELD_OUT_DIR, SECOND_HELD_OUT_DIR), 0.95, 0.9);
// Sixteen real passages from other policy areas and countries (test/fixtures/heldout3), labelled
// blind by the standard: 0.930 and 0.807 on the first run (the detector before issue #12 scored
// 0.925 and 0.739); fixed since by general rules and list entries, so it too guards against going
// back. Its labeller dated bare month names and left number words in rule names ("two-child
// limit") out, where the earlier sets did the opposite; the detector follows the earlier sets.
describeScoresAgainst('entity detector against the third held-out passages', () => loadGoldDocuments(THIRD_HELD_OUT_DIR, THIRD_HELD_OUT_DIR), 0.96, 0.95);
