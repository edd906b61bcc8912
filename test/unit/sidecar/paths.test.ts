import * as assert from 'node:assert/strict';
import { documentNameFor, documentPathFor, isSidecarPath, sidecarPathFor } from '../../../src/core/sidecar/paths';

describe('sidecar paths', () => {
  it('puts the sidecar beside its document', () => {
    assert.equal(sidecarPathFor('reports/x.txt'), 'reports/x.txt.annotations.yaml');
  });

  it('finds the document back from the sidecar, with either separator', () => {
    assert.equal(documentPathFor('reports/x.txt.annotations.yaml'), 'reports/x.txt');
    assert.equal(documentNameFor('reports/x.txt.annotations.yaml'), 'x.txt');
    assert.equal(documentNameFor('C:\\reports\\x.txt.annotations.yaml'), 'x.txt');
  });

  it('does not take other files, or a bare suffix, for sidecars', () => {
    assert.equal(isSidecarPath('reports/x.txt'), false);
    assert.equal(isSidecarPath('reports/.annotations.yaml'), false);
    assert.equal(documentNameFor('reports/x.yaml'), undefined);
  });
});
