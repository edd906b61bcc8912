import * as assert from 'node:assert/strict';
import { addClaim, removeClaim, updateClaim } from '../../../src/core/sidecar/edit';
import { claimOf, sidecarOf } from './builders';

describe('sidecar edits', () => {
  const first = claimOf('c-aaaaaa', 'first', 10);
  const second = claimOf('c-bbbbbb', 'second', 50);

  it('adds a claim in document order without touching the original', () => {
    const original = sidecarOf([second]);
    const added = addClaim(original, first);
    assert.deepEqual(added.claims.map((claim) => claim.id), ['c-aaaaaa', 'c-bbbbbb']);
    assert.deepEqual(original.claims, [second]);
  });

  it('refuses to add a claim whose id is taken', () => {
    assert.throws(() => addClaim(sidecarOf([first]), { ...second, id: first.id }), /c-aaaaaa already exists/);
  });

  it('updates tags and note, and removes a note set to undefined', () => {
    const withNote = addClaim(sidecarOf([]), { ...first, note: 'old' });
    const updated = updateClaim(withNote, 'c-aaaaaa', { tags: ['disputed'], note: undefined });
    assert.deepEqual(updated.claims, [{ id: 'c-aaaaaa', anchor: first.anchor, tags: ['disputed'] }]);
    assert.ok(!('note' in updated.claims[0]));
  });

  it('re-sorts when an update moves the anchor', () => {
    const moved = updateClaim(sidecarOf([first, second]), 'c-aaaaaa', { anchor: { ...first.anchor, start: 99, end: 104 } });
    assert.deepEqual(moved.claims.map((claim) => claim.id), ['c-bbbbbb', 'c-aaaaaa']);
  });

  it('refuses to update a claim that does not exist', () => {
    assert.throws(() => updateClaim(sidecarOf([first]), 'c-zzzzzz', { tags: [] }), /no claim with id c-zzzzzz/);
  });

  it('removes a claim, and removing it again changes nothing', () => {
    const removed = removeClaim(sidecarOf([first, second]), 'c-aaaaaa');
    assert.deepEqual(removed.claims, [second]);
    assert.equal(removeClaim(removed, 'c-aaaaaa'), removed);
  });
});
