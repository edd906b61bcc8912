import * as assert from 'node:assert/strict';
import { newClaimId } from '../../../src/core/sidecar/ids';

describe('newClaimId', () => {
  it('makes ids of c- and six lowercase letters or digits', () => {
    for (let round = 0; round < 200; round += 1) {
      assert.match(newClaimId(new Set()), /^c-[a-z0-9]{6}$/);
    }
  });

  it('makes different ids each time', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => newClaimId(new Set())));
    assert.equal(ids.size, 1000);
  });

  it('draws again when the id it drew is taken', () => {
    const original = crypto.getRandomValues.bind(crypto);
    // First draw: all zero bytes ("c-aaaaaa"); later draws: all ones ("c-bbbbbb").
    let draws = 0;
    crypto.getRandomValues = (<T extends ArrayBufferView | null>(array: T): T => {
      new Uint8Array((array as ArrayBufferView).buffer).fill(draws === 0 ? 0 : 1);
      draws += 1;
      return array;
    }) as typeof crypto.getRandomValues;
    try {
      assert.equal(newClaimId(new Set(['c-aaaaaa'])), 'c-bbbbbb');
    } finally {
      crypto.getRandomValues = original;
    }
  });
});
