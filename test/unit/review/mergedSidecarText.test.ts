import * as assert from 'node:assert/strict';
import { mergedSidecarText } from '../../../src/core/review/mergedSidecarText';
import { mergeSidecars } from '../../../src/core/review/mergeSidecars';
import { parseSidecar } from '../../../src/core/sidecar/parse';
import { serialiseSidecar } from '../../../src/core/sidecar/serialise';
import { claim, sidecar } from './builders';

/** Resolves every conflict in `text` the way a person would: keep one side's block, delete the rest. */
function keep(side: 'ours' | 'theirs', text: string): string {
  return text.replace(/^<<<<<<< ours\n([\s\S]*?)^=======\n([\s\S]*?)^>>>>>>> theirs\n/gm, (_, ours: string, theirs: string) => (side === 'ours' ? ours : theirs));
}

describe('mergedSidecarText', () => {
  const fund = claim('c-fund01', 'The fund was worth £5.3bn', 100, { tags: ['finding'] });
  const target = claim('c-targ01', 'missed its target', 300, { tags: ['finding'] });
  const last = claim('c-last01', 'the last word', 500);
  const base = sidecar(fund, target, last);

  it('is the plain serialisation when there is no conflict', () => {
    const merge = mergeSidecars(base, sidecar(fund, last), base);
    assert.equal(mergedSidecarText(merge), serialiseSidecar(sidecar(fund, last)));
  });

  it('writes both versions of a conflicting claim between markers that check reports by line', () => {
    const ours = sidecar(fund, { ...target, note: 'ours' }, last);
    const theirs = sidecar(fund, { ...target, note: 'theirs' }, last);
    const text = mergedSidecarText(mergeSidecars(base, ours, theirs));
    const markerLines = text.split('\n').flatMap((line, index) => (/^(<{7}|={7}|>{7})/.test(line) ? [index + 1] : []));
    assert.equal(markerLines.length, 3);
    const parsed = parseSidecar(text);
    assert.ok(!parsed.ok);
    assert.deepEqual(parsed.problems.map((problem) => problem.line), markerLines);
    assert.equal(keep('ours', text), serialiseSidecar(ours));
    assert.equal(keep('theirs', text), serialiseSidecar(theirs));
  });

  it('leaves an empty block for the side that deleted the claim', () => {
    const changed = { ...fund, tags: ['disputed'] };
    const text = mergedSidecarText(mergeSidecars(base, sidecar(target, last), sidecar(changed, target, last)));
    assert.match(text, /^<<<<<<< ours\n=======\n {2}- id: c-fund01\n/m);
    assert.equal(keep('ours', text), serialiseSidecar(sidecar(target, last)));
    assert.equal(keep('theirs', text), serialiseSidecar(sidecar(changed, target, last)));
  });

  it('writes each of several conflicts in its own place', () => {
    const ours = sidecar({ ...fund, note: 'ours' }, target, { ...last, source: 'NAO' });
    const theirs = sidecar({ ...fund, note: 'theirs' }, target, { ...last, source: 'DHSC' });
    const text = mergedSidecarText(mergeSidecars(base, ours, theirs));
    assert.equal(text.split('\n').filter((line) => line === '<<<<<<< ours').length, 2);
    assert.equal(keep('ours', text), serialiseSidecar(ours));
    assert.equal(keep('theirs', text), serialiseSidecar(theirs));
  });

  it('marks the last claim of the file whole', () => {
    const text = mergedSidecarText(mergeSidecars(base, sidecar(fund, target, { ...last, source: 'NAO' }), sidecar(fund, target, { ...last, source: 'DHSC' })));
    assert.match(text, /source: NAO\n=======\n/);
    assert.ok(text.endsWith('source: DHSC\n>>>>>>> theirs\n'));
  });
});
