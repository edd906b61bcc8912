import * as assert from 'node:assert/strict';
import { matchesClaimFilter, parseClaimFilter } from '../../../src/core/corpus/claimFilter';
import { evidenceReport } from '../../../src/core/corpus/evidenceReport';
import { groupClaims, groupLabel } from '../../../src/core/corpus/groupClaims';
import { detectEntities } from '../../../src/core/entities/detectEntities';
import { exportedClaimsOf, type ExportedClaim } from '../../../src/core/export/corpus';
import type { Uri } from 'vscode';
import { relativeLink } from '../../../src/editor/corpus/relativeLink';
import { claimOn } from '../export/sampleCorpus';

const REPORT = 'The NAO found £5.3bn spent. The Nuffield Trust says the King\'s Fund is right. Beds are full [1].\n';

function sampleClaims(): ExportedClaim[] {
  const document = {
    path: 'reports/a.txt',
    text: REPORT,
    sidecar: {
      schema: 1 as const, document: 'a.txt', offsets: 'utf-16' as const, claims: [
        claimOn('c-one', REPORT, 'The NAO found £5.3bn spent.', { tags: ['finding', 'disputed'], source: 'National Audit Office', note: 'See *page* 4' }),
        claimOn('c-two', REPORT, 'The Nuffield Trust says the King\'s Fund is right.', { tags: ['opinion'], source: 'NAO' }),
        claimOn('c-three', REPORT, 'Beds are full [1].', { tags: [] }),
      ],
    },
  };
  return exportedClaimsOf(document, (text) => detectEntities(text));
}

describe('claims across documents', () => {
  it('groups by tag (a claim under each of its tags), the untagged last', () => {
    const groups = groupClaims(sampleClaims(), 'tag');
    assert.deepEqual(groups.map((group) => [groupLabel(group, 'tag'), group.claims.map((each) => each.claim.id)]), [
      ['disputed', ['c-one']], ['finding', ['c-one']], ['opinion', ['c-two']], ['(no tags)', ['c-three']],
    ]);
  });

  it('groups by organisation: the one a source names by any of its names, and those the claim mentions', () => {
    const groups = groupClaims(sampleClaims(), 'organisation');
    assert.deepEqual(groups.map((group) => [group.key, group.claims.map((each) => each.claim.id)]), [
      ['King\'s Fund', ['c-two']], ['National Audit Office', ['c-one', 'c-two']], ['Nuffield Trust', ['c-two']], [undefined, ['c-three']],
    ]);
  });

  it('groups by source as written, and by document', () => {
    assert.deepEqual(groupClaims(sampleClaims(), 'source').map((group) => group.key), ['NAO', 'National Audit Office', undefined]);
    assert.deepEqual(groupClaims(sampleClaims(), 'document').map((group) => [group.key, group.claims.length]), [['reports/a.txt', 3]]);
  });

  it('filters by tag (tag:X or #X, whole, any case) or by text anywhere in the claim', () => {
    const claims = sampleClaims();
    const ids = (input: string): string[] => claims.filter((claim) => matchesClaimFilter(claim, parseClaimFilter(input)!)).map((claim) => claim.claim.id);
    assert.deepEqual(ids('tag:Finding'), ['c-one']);
    assert.deepEqual(ids('#opinion'), ['c-two']);
    assert.deepEqual(ids('#opin'), []);
    assert.deepEqual(ids('king'), ['c-two']);
    assert.deepEqual(ids('*page*'), ['c-one'], 'the note is searched');
    assert.equal(parseClaimFilter('   '), undefined);
  });

  it('writes an evidence report by tag: quoted claims, links to document and line, notes, Markdown escaped', () => {
    const report = evidenceReport(sampleClaims(), 'tag', (document, line) => `../${document}#L${line}`);
    assert.match(report, /^# Evidence report\n\n3 claims from 1 document, by tag\.\n/);
    assert.match(report, /## finding \(1\)\n\n> The NAO found £5\.3bn spent\.\n\n\[reports\/a\.txt:1\]\(\.\.\/reports\/a\.txt#L1\) — National Audit Office\n\n\*See \\\*page\\\* 4\*/);
    assert.match(report, /## \(no tags\) \(1\)\n\n> Beds are full \\\[1\\\]\./);
  });

  it('writes an evidence report by source, each claim with its tags', () => {
    const report = evidenceReport(sampleClaims(), 'source', (document, line) => `${document}#L${line}`);
    assert.match(report, /## NAO \(1\)\n\n> The Nuffield Trust says the King's Fund is right\.\n\n\[reports\/a\.txt:1\]\(reports\/a\.txt#L1\) — opinion/);
    assert.match(report, /## \(no source\) \(1\)/);
  });
});

describe('evidence report links', () => {
  // relativeLink takes only `path` from its uris, so plain objects stand in for vscode.Uri here.
  const uri = (path: string): Uri => ({ path }) as Uri;

  it('go from the report\'s folder to the document, each segment encoded', () => {
    assert.equal(relativeLink(uri('/w/evidence.md'), uri('/w/reports/a b.txt')), 'reports/a%20b.txt');
    assert.equal(relativeLink(uri('/w/out/evidence.md'), uri('/w/reports/a.txt')), '../reports/a.txt');
    assert.equal(relativeLink(uri('/w/reports/evidence.md'), uri('/w/reports/a.txt')), 'a.txt');
  });
});
