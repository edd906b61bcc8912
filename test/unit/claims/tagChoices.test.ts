import * as assert from 'node:assert/strict';
import { acceptedTags, tagChoices, TagChoice } from '../../../src/core/claims/tagChoices';

const known: TagChoice[] = [{ tag: 'finding', isNew: false }, { tag: 'disputed', isNew: false }];

describe('tag picker choices', () => {
  it('offers a typed tag that no list has as a new one, first', () => {
    assert.deepEqual(tagChoices(known, [], ' checked ').map((choice) => [choice.tag, choice.isNew]), [['checked', true], ['finding', false], ['disputed', false]]);
  });

  it('offers nothing new for a known tag, an added one or an empty box', () => {
    assert.deepEqual(tagChoices(known, [], 'finding').map((choice) => choice.tag), ['finding', 'disputed']);
    assert.deepEqual(tagChoices(known, ['checked'], 'checked').map((choice) => choice.tag), ['checked', 'finding', 'disputed']);
    assert.deepEqual(tagChoices(known, [], '  ').map((choice) => choice.tag), ['finding', 'disputed']);
  });

  it('takes a typed new tag on Enter even when it was not ticked, and a known one only when ticked', () => {
    assert.deepEqual(acceptedTags(['finding'], 'checked', known), ['finding', 'checked']);
    assert.deepEqual(acceptedTags(['finding'], 'disputed', known), ['finding']);
    assert.deepEqual(acceptedTags(['checked'], 'checked', known), ['checked']);
  });
});
