import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { mergeSidecars } from '../../../src/core/review/mergeSidecars';
import { Sidecar, SidecarClaim } from '../../../src/core/sidecar/types';
import { claim, sidecar } from './builders';

const ids = (merged: Sidecar): string[] => merged.claims.map((c) => c.id);

describe('mergeSidecars', () => {
  const fund = claim('c-fund01', 'The fund was worth £5.3bn', 100, { tags: ['finding'] });
  const target = claim('c-targ01', 'missed its target', 300, { tags: ['finding'] });
  const base = sidecar(fund, target);

  it('keeps the claims each side added, in document order', () => {
    const ours = sidecar(claim('c-ours01', 'ours', 200), fund, target);
    const theirs = sidecar(fund, target, claim('c-thrs01', 'theirs', 50));
    const { sidecar: merged, conflicts } = mergeSidecars(base, ours, theirs);
    assert.deepEqual(conflicts, []);
    assert.deepEqual(ids(merged), ['c-thrs01', 'c-fund01', 'c-ours01', 'c-targ01']);
  });

  it('takes a change made on one side, including a deletion', () => {
    const retagged = { ...fund, tags: ['finding', 'disputed'] };
    const { sidecar: merged, conflicts } = mergeSidecars(base, sidecar(retagged, target), sidecar(fund));
    assert.deepEqual(conflicts, []);
    assert.deepEqual(merged.claims, [retagged]);
  });

  it('accepts the same change made on both sides', () => {
    const renoted = { ...fund, note: 'rounded' };
    const { sidecar: merged, conflicts } = mergeSidecars(base, sidecar(renoted, target), sidecar(renoted, target));
    assert.deepEqual(conflicts, []);
    assert.deepEqual(merged.claims, [renoted, target]);
  });

  it('combines different parts of one claim changed on each side', () => {
    const ours = sidecar({ ...fund, tags: ['finding', 'disputed'], note: 'see p. 4' }, target);
    const theirs = sidecar({ ...fund, tags: ['estimate', 'finding'], source: 'NAO' }, target);
    const { sidecar: merged, conflicts } = mergeSidecars(base, ours, theirs);
    assert.deepEqual(conflicts, []);
    assert.deepEqual(merged.claims[0], { ...fund, tags: ['finding', 'disputed', 'estimate'], note: 'see p. 4', source: 'NAO' });
  });

  it('merges a source and its organisation as one part: one side’s change is taken whole, two different ones conflict', () => {
    const lee = { ...fund, source: 'Dr Ann Lee', organisation: 'Fiscal Institute' };
    const taken = mergeSidecars(base, sidecar({ ...fund, note: 'see p. 4' }, target), sidecar(lee, target));
    assert.deepEqual(taken.sidecar.claims[0], { ...lee, note: 'see p. 4' });
    const clash = mergeSidecars(sidecar(lee, target), sidecar({ ...lee, organisation: 'Nuffield Trust' }, target), sidecar({ ...lee, organisation: 'NAO' }, target));
    assert.equal(clash.conflicts.length, 1);
  });

  it('applies a tag removed on one side while the other side adds one', () => {
    const ours = sidecar({ ...fund, tags: [] }, target);
    const theirs = sidecar({ ...fund, tags: ['finding', 'supported'] }, target);
    assert.deepEqual(mergeSidecars(base, ours, theirs).sidecar.claims[0].tags, ['supported']);
  });

  it('reports a part changed differently on both sides as a conflict, keeping ours in the merge', () => {
    const ours = { ...fund, note: 'ours' };
    const theirs = { ...fund, note: 'theirs' };
    const { sidecar: merged, conflicts } = mergeSidecars(base, sidecar(ours, target), sidecar(theirs, target));
    assert.deepEqual(conflicts, [{ id: 'c-fund01', base: fund, ours, theirs }]);
    assert.deepEqual(merged.claims, [ours, target]);
  });

  it('reports a claim deleted on one side and changed on the other as a conflict', () => {
    const moved = { ...target, anchor: { ...target.anchor, start: 310, end: 327 } };
    const deletedByOurs = mergeSidecars(base, sidecar(fund), sidecar(fund, moved));
    assert.deepEqual(deletedByOurs.conflicts, [{ id: 'c-targ01', base: target, theirs: moved }]);
    assert.deepEqual(deletedByOurs.sidecar.claims, [fund, moved]);
    const deletedByTheirs = mergeSidecars(base, sidecar(fund, moved), sidecar(fund));
    assert.deepEqual(deletedByTheirs.conflicts, [{ id: 'c-targ01', base: target, ours: moved }]);
  });

  it('merges with no base (the file was added on both sides)', () => {
    const { sidecar: merged, conflicts } = mergeSidecars(undefined, sidecar(fund), sidecar(target));
    assert.deepEqual(conflicts, []);
    assert.deepEqual(ids(merged), ['c-fund01', 'c-targ01']);
  });

  describe('properties', () => {
    const tagArb = fc.constantFrom('finding', 'estimate', 'forecast', 'disputed', 'supported');
    const claimArb = (id: string): fc.Arbitrary<SidecarClaim> => fc.record({
      quote: fc.string({ minLength: 1, maxLength: 20 }),
      start: fc.nat(1000),
      tags: fc.uniqueArray(tagArb, { maxLength: 3 }),
      note: fc.option(fc.string(), { nil: undefined }),
      source: fc.option(fc.constantFrom('NAO', 'Nuffield Trust'), { nil: undefined }),
    }).map(({ quote, start, tags, note, source }) => claim(id, quote, start, {
      tags, ...(note === undefined ? {} : { note }), ...(source === undefined ? {} : { source }),
    }));
    const sidecarArb = (prefix: string): fc.Arbitrary<Sidecar> =>
      fc.uniqueArray(fc.integer({ min: 0, max: 30 }), { maxLength: 8 })
        .chain((numbers) => fc.tuple(...numbers.map((n) => claimArb(`c-${prefix}${String(n).padStart(4, '0')}`))))
        .map((claims) => sidecar(...[...claims].sort((a, b) => a.anchor.start - b.anchor.start || (a.id < b.id ? -1 : 1))));
    // Ids shared between the arbitraries ("c-s…") let one side change or delete the base's claims.
    const sharedArb = sidecarArb('s');

    it('merge(base, x, base) is x', () => {
      fc.assert(fc.property(sharedArb, sharedArb, (base, x) => {
        const { sidecar: merged, conflicts } = mergeSidecars(base, x, base);
        assert.deepEqual(conflicts, []);
        assert.deepEqual(merged, x);
      }));
    });

    it('merge(base, base, y) is y', () => {
      fc.assert(fc.property(sharedArb, sharedArb, (base, y) => {
        const { sidecar: merged, conflicts } = mergeSidecars(base, base, y);
        assert.deepEqual(conflicts, []);
        assert.deepEqual(merged, y);
      }));
    });

    it('keeps every claim new on either side, whichever side is ours', () => {
      fc.assert(fc.property(sharedArb, sidecarArb('o'), sidecarArb('t'), (base, oursNew, theirsNew) => {
        const ours = sidecar(...base.claims, ...oursNew.claims);
        const theirs = sidecar(...base.claims, ...theirsNew.claims);
        const forward = mergeSidecars(base, ours, theirs);
        const backward = mergeSidecars(base, theirs, ours);
        assert.deepEqual(forward.conflicts, []);
        assert.deepEqual(forward.sidecar, backward.sidecar);
        assert.deepEqual(new Set(ids(forward.sidecar)), new Set([...ids(base), ...ids(oursNew), ...ids(theirsNew)]));
      }));
    });

    it('reports a conflict only for claims both sides changed', () => {
      fc.assert(fc.property(sharedArb, sharedArb, sharedArb, (base, ours, theirs) => {
        const changedBy = (side: Sidecar): Set<string> => new Set(
          [...base.claims, ...side.claims].map((c) => c.id)
            .filter((id) => JSON.stringify(base.claims.find((c) => c.id === id)) !== JSON.stringify(side.claims.find((c) => c.id === id))));
        const oursChanged = changedBy(ours);
        const theirsChanged = changedBy(theirs);
        for (const conflict of mergeSidecars(base, ours, theirs).conflicts) {
          assert.ok(oursChanged.has(conflict.id) && theirsChanged.has(conflict.id), conflict.id);
        }
      }));
    });
  });
});
