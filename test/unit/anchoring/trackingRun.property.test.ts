import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { seededRandom, trackingRun } from '../../support/trackingRun';

describe('claims under random edit sequences (property)', () => {
  it('never loses a claim, never shows one on other figures, never orphans one whose text is intact', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.integer({ min: 1, max: 12 }), (seed, edits) => {
      const { editor, afresh } = trackingRun(seededRandom(seed), edits);
      for (const [how, outcome] of [['in the editor', editor], ['placed afresh', afresh]] as const) {
        assert.equal(outcome.lost, 0, `${how}: ${JSON.stringify(outcome)}`);
        assert.equal(outcome.otherFigures, 0, `${how}: ${JSON.stringify(outcome)}`);
        assert.equal(outcome.orphanedIntact, 0, `${how}: ${JSON.stringify(outcome)}`);
      }
      assert.equal(editor.onCopyInsteadOfEdited, 0, `in the editor: ${JSON.stringify(editor)}`);
    }), { numRuns: 200 });
  });
});
