import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { sourceJson } from '../../../src/cli/claims';
import { findClaimCandidates } from '../../../src/core/claims/claimCandidates';
import { detectEntities } from '../../../src/core/entities/detectEntities';
import { compareClaims, loadClaimGold, scoreClaims } from '../../support/claimScoring';

// From out/test/unit/claims (compiled), the checkout is five levels up.
const REPO_ROOT = path.resolve(__dirname, '..', '..', '..', '..');
const GOLD_DIR = path.join(REPO_ROOT, 'test', 'fixtures', 'claims-gold');

describe('claim finder on its blind gold set (test/fixtures/claims-gold)', () => {
  const comparisons = loadClaimGold(GOLD_DIR, [GOLD_DIR, path.join(REPO_ROOT, 'seeds')]).map((document) => compareClaims(document,
    findClaimCandidates(document.text, detectEntities(document.text)).map(({ start, end, text, score, source }) => ({ start, end, text, score, source: sourceJson(source) }))));
  const scores = scoreClaims(comparisons);

  it('finds the claims: precision ≥ 0.90, recall ≥ 0.85, recall on checkworthy claims ≥ 0.92', () => {
    assert.ok(scores.all.precision >= 0.9, `precision ${scores.all.precision.toFixed(3)}`);
    assert.ok(scores.all.recall >= 0.85, `recall ${scores.all.recall.toFixed(3)}`);
    assert.ok(scores.checkworthy.recall >= 0.92, `checkworthy recall ${scores.checkworthy.recall.toFixed(3)}`);
  });

  it('names the right source for ≥ 0.90 of the claims found and ≥ 0.85 of those with a source', () => {
    assert.ok(scores.sourceOfFound.ratio >= 0.9, `source of found ${scores.sourceOfFound.ratio.toFixed(3)}`);
    assert.ok(scores.sourceOfAttributed.ratio >= 0.85, `source of attributed ${scores.sourceOfAttributed.ratio.toFixed(3)}`);
  });
});
