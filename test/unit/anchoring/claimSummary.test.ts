import * as assert from 'node:assert/strict';
import { claimSummary, describeReviewReason } from '../../../src/core/anchoring/claimSummary';
import type { TrackedClaim } from '../../../src/core/anchoring/claimTracking';
import type { SidecarClaim } from '../../../src/core/sidecar/types';

const claim: SidecarClaim = { id: 'c-aaaaaa', anchor: { quote: 'q', prefix: '', suffix: '', start: 0, end: 1 }, tags: [] };
const found: TrackedClaim = { claim, status: 'exact', span: { start: 0, end: 1 } };
const waiting: TrackedClaim = { claim, status: 'needsReview', candidate: { start: 0, end: 1 }, reason: { kind: 'lookAlikes', places: 2 } };
const orphaned: TrackedClaim = { claim, status: 'orphaned' };

describe('claim summary', () => {
  it('counts claims, those that need review and the orphaned', () => {
    assert.equal(claimSummary([]), '0 claims');
    assert.equal(claimSummary([found]), '1 claim');
    assert.equal(claimSummary([found, waiting, orphaned]), '3 claims · 1 needs review · 1 orphaned');
    assert.equal(claimSummary([waiting, waiting]), '2 claims · 2 need review');
  });

  it('says why a claim needs review', () => {
    assert.equal(describeReviewReason({ kind: 'lookAlikes', places: 3 }), 'its quote fits 3 places about equally well');
    assert.match(describeReviewReason({ kind: 'otherFiguresOrNames', missing: ['money £5,000,000 (GBP)'], added: ['money £6,000,000 (GBP)'] }), /states money £5,000,000 \(GBP\) where the text has money £6,000,000 \(GBP\)/);
  });
});
