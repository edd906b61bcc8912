import * as assert from 'node:assert/strict';
import { describeSource, organisationSource, personSource, sourceFieldsOf } from '../../../src/core/claims/claimSource';

describe('a source the user typed', () => {
  it('reads "person, organisation" back as describeSource writes it', () => {
    const source = personSource('Ann Lee', 'Fiscal Institute');
    assert.deepEqual(sourceFieldsOf(describeSource(source)), { source: 'Ann Lee', organisation: 'Fiscal Institute' });
  });

  it('takes one name alone as the source, and nothing as no source', () => {
    assert.deepEqual(sourceFieldsOf(describeSource(organisationSource('National Audit Office'))), { source: 'National Audit Office' });
    assert.deepEqual(sourceFieldsOf('  '), {});
  });
});
