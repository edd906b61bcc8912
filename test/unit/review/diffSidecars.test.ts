import * as assert from 'node:assert/strict';
import { diffSidecars } from '../../../src/core/review/diffSidecars';
import { claim, sidecar } from './builders';

describe('diffSidecars', () => {
  const fund = claim('c-fund01', 'The fund was worth £5.3bn', 100, { tags: ['finding'] });
  const target = claim('c-targ01', 'missed its target', 300, { tags: ['finding'], note: 'check' });

  it('reports nothing when nothing changed', () => {
    assert.deepEqual(diffSidecars(sidecar(fund, target), sidecar(fund, target)), []);
  });

  it('reports added and removed claims with their quotes and tags', () => {
    const changes = diffSidecars(sidecar(fund), sidecar(target));
    assert.deepEqual(changes.map(({ id, quote, kinds, tagsAdded, tagsRemoved }) => ({ id, quote, kinds, tagsAdded, tagsRemoved })), [
      { id: 'c-fund01', quote: 'The fund was worth £5.3bn', kinds: ['removed'], tagsAdded: [], tagsRemoved: ['finding'] },
      { id: 'c-targ01', quote: 'missed its target', kinds: ['added'], tagsAdded: ['finding'], tagsRemoved: [] },
    ]);
  });

  it('treats a missing sidecar as one without claims', () => {
    assert.deepEqual(diffSidecars(undefined, sidecar(fund)).map((change) => change.kinds), [['added']]);
    assert.deepEqual(diffSidecars(sidecar(fund), undefined).map((change) => change.kinds), [['removed']]);
  });

  it('gives one entry per claim with every kind of change it had', () => {
    const after = claim('c-fund01', 'The fund was worth £5.3 billion', 110, { tags: ['estimate'], note: 'rounded', source: 'NAO' });
    const [change, ...rest] = diffSidecars(sidecar(fund), sidecar(after));
    assert.equal(rest.length, 0);
    assert.deepEqual(change.kinds, ['retagged', 'renoted', 'resourced', 'reanchored']);
    assert.deepEqual([change.tagsAdded, change.tagsRemoved], [['estimate'], ['finding']]);
    assert.equal(change.quote, 'The fund was worth £5.3 billion');
    assert.equal(change.before, fund);
    assert.equal(change.after, after);
  });

  it('notices a moved anchor even when the quote is the same', () => {
    const moved = claim('c-fund01', fund.anchor.quote, 140, { tags: ['finding'] });
    assert.deepEqual(diffSidecars(sidecar(fund), sidecar(moved)).map((change) => change.kinds), [['reanchored']]);
  });

  it('lists changes in document order, removed claims where they were', () => {
    const early = claim('c-early1', 'early', 10);
    const late = claim('c-late01', 'late', 900);
    const changes = diffSidecars(sidecar(fund, late), sidecar(early, { ...fund, tags: [] }));
    assert.deepEqual(changes.map((change) => change.id), ['c-early1', 'c-fund01', 'c-late01']);
  });
});
