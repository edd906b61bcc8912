import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runAgree } from '../../../src/cli/agree';
import { tagAgreement } from '../../../src/core/agreement/kappa';
import { serialiseSidecar } from '../../../src/core/sidecar/serialise';
import { SidecarClaim } from '../../../src/core/sidecar/types';
import { TempRepo } from '../review/tempRepo';
import { claimOn, runIn, writeDocument } from '../export/sampleCorpus';

const SENTENCES = Array.from({ length: 13 }, (_, index) => `Sentence ${index + 1} of the report says something checkable about the budget.`);
const TEXT = `${SENTENCES.join('\n')}\n`;

/** Claims on whole sentences (1-based numbers), each with its tags. */
function claims(prefix: string, tagged: ReadonlyArray<[number, string[]]>): SidecarClaim[] {
  return tagged.map(([sentence, tags]) => claimOn(`c-${prefix}${String(sentence).padStart(4, '0')}`, TEXT, SENTENCES[sentence - 1], { tags }));
}

/**
 * The hand-computed example. Sentences 1–10 are tagged by both; "finding": both yes on 1–4, only A
 * on 5–6, only B on 7, neither on 8–10, so observed agreement 7/10, A says yes 6/10, B 5/10,
 * chance 0.6·0.5 + 0.4·0.5 = 0.5, kappa (0.7 − 0.5) / (1 − 0.5) = 0.4. "estimate": only A on 7,
 * only B on 5–6: observed 0.7, chance 0.1·0.2 + 0.9·0.8 = 0.74, kappa −0.04/0.26 = −0.1538.
 * "opinion": both yes on 8–10 and no elsewhere: kappa 1. Sentence 11 only A tagged, 12 only B;
 * on 13 B tagged a few words, less than half of A's span: no match, so one more for each side.
 */
const A = claims('a', [[1, ['finding']], [2, ['finding']], [3, ['finding']], [4, ['finding']], [5, ['finding']], [6, ['finding']], [7, ['estimate']], [8, ['opinion']], [9, ['opinion']], [10, ['opinion']], [11, ['finding']], [13, ['opinion']]]);
const B = [
  ...claims('b', [[1, ['finding']], [2, ['finding']], [3, ['finding']], [4, ['finding']], [5, ['estimate']], [6, ['estimate']], [7, ['finding']], [8, ['opinion']], [9, ['opinion']], [10, ['opinion']], [12, ['opinion']]]),
  claimOn('c-b0013', TEXT, 'Sentence 13 of the report', { tags: ['opinion'] }),
];

describe('Cohen\'s kappa', () => {
  it('matches the hand-computed example, and is null where it is undefined', () => {
    assert.equal(tagAgreement(4, 3, 2, 1).kappa, 0.4);
    assert.equal(tagAgreement(3, 7, 0, 0).kappa, 1);
    assert.equal(tagAgreement(0, 10, 0, 0).kappa, null, 'nobody used the tag: no chance-corrected figure exists');
    assert.equal(tagAgreement(0, 0, 0, 0).kappa, null);
    assert.equal(tagAgreement(0, 0, 5, 5).kappa, -1);
  });
});

describe('policy-annotator agree', () => {
  let folder: string;
  beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'pa-agree-'));
    writeDocument(folder, 'ann/report.txt', TEXT, A);
    writeDocument(folder, 'ben/report.txt', TEXT, B);
  });
  afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('compares two folders: the exact JSON shape, matched and unmatched counts, kappa per tag, disagreements with quotes', async () => {
    const run = await runIn(folder, runAgree, ['ann', 'ben', '--json']);
    assert.equal(run.code, 0, run.stderr);
    const report = JSON.parse(run.stdout);
    assert.deepEqual(Object.keys(report), ['matched', 'onlyA', 'onlyB', 'tags', 'disagreements']);
    assert.deepEqual([report.matched, report.onlyA, report.onlyB], [10, 2, 2]);
    assert.deepEqual(report.tags.finding, { kappa: report.tags.finding.kappa, agreeYes: 4, agreeNo: 3, onlyA: 2, onlyB: 1 });
    assert.ok(Math.abs(report.tags.finding.kappa - 0.4) < 1e-12);
    assert.ok(Math.abs(report.tags.estimate.kappa - -0.04 / 0.26) < 1e-12);
    assert.deepEqual(report.tags.opinion, { kappa: 1, agreeYes: 3, agreeNo: 7, onlyA: 0, onlyB: 0 });
    const kinds = report.disagreements.map((each: any) => `${each.kind}@${each.line}`);
    assert.deepEqual(kinds, ['tags@5', 'tags@6', 'tags@7', 'onlyA@11', 'onlyB@12', 'onlyA@13', 'onlyB@13']);
    assert.deepEqual(report.disagreements[0], { document: 'report.txt', line: 5, kind: 'tags', quote: SENTENCES[4], a: { id: 'c-a0005', tags: ['finding'] }, b: { id: 'c-b0005', tags: ['estimate'] } });
  });

  it('matches a claim whose span differs a little (overlap at least half the longer one)', async () => {
    const shorter = SENTENCES[0].slice(0, Math.ceil(SENTENCES[0].length / 2) + 1);
    writeDocument(folder, 'ben/report.txt', TEXT, [claimOn('c-b0001', TEXT, shorter, { tags: ['finding'] })]);
    writeDocument(folder, 'ann/report.txt', TEXT, A.slice(0, 1));
    const report = JSON.parse((await runIn(folder, runAgree, ['ann', 'ben', '--json'])).stdout);
    assert.deepEqual([report.matched, report.onlyA, report.onlyB], [1, 0, 0]);
  });

  it('prints a table and the disagreements as text', async () => {
    const run = await runIn(folder, runAgree, ['ann', 'ben']);
    assert.match(run.stdout, /10 matched claims, 2 only in A, 2 only in B/);
    assert.match(run.stdout, /^finding\s+0\.40\s+4\s+3\s+2\s+1$/m);
    assert.match(run.stdout, /^estimate\s+-0\.15\s+0\s+7\s+1\s+2$/m);
    assert.match(run.stdout, /report\.txt:5 "Sentence 5 of the report says something checkable about the budget\."\n\s+A finding · B estimate/);
  });

  it('compares two git revisions, and says when a name is neither folder nor revision', async () => {
    const repo = await TempRepo.create();
    try {
      repo.write('docs/report.txt', TEXT);
      repo.write('docs/report.txt.annotations.yaml', serialiseSidecar({ schema: 1, document: 'report.txt', offsets: 'utf-16', claims: A }));
      await repo.commitAll('ann tags');
      await repo.git('checkout', '--quiet', '-b', 'ben');
      repo.write('docs/report.txt.annotations.yaml', serialiseSidecar({ schema: 1, document: 'report.txt', offsets: 'utf-16', claims: B }));
      await repo.commitAll('ben tags');
      const report = JSON.parse((await repo.run(runAgree, ['main', 'ben', '--json'])).stdout);
      assert.deepEqual([report.matched, report.onlyA, report.onlyB], [10, 2, 2]);
      assert.equal(report.disagreements[0].document, 'docs/report.txt');
      const unknown = await repo.run(runAgree, ['main', 'nobranch']);
      assert.equal(unknown.code, 1);
      assert.match(unknown.stderr, /'nobranch' is neither a folder nor a git revision/);
    } finally {
      repo.dispose();
    }
  });
});
