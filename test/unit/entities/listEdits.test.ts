import * as assert from 'node:assert/strict';
import { editedList } from '../../../src/core/entities/listEdits';

const edit = (current: string | undefined, change: Parameters<typeof editedList>[1]): unknown => {
  const result = editedList(current, change, 'orgs.json');
  assert.ok(result.ok, result.ok ? '' : result.message);
  return JSON.parse(result.text);
};

describe('teaching the workspace list', () => {
  it('starts a list, and adds a name at its end', () => {
    assert.deepEqual(edit(undefined, { add: 'entry', entry: { name: 'Widget Works', kind: 'organisation' } }), [{ name: 'Widget Works', kind: 'organisation' }]);
    assert.deepEqual(edit('[{"name": "A"}]', { add: 'entry', entry: { name: 'Grow Fund', kind: 'programme' } }),
      [{ name: 'A' }, { name: 'Grow Fund', kind: 'programme' }]);
  });

  it('marking a name again replaces it, and lifts its exclusions', () => {
    assert.deepEqual(edit('[{"name": "grow fund", "kind": "organisation"}, {"notAnEntity": "Grow  Fund"}]', { add: 'entry', entry: { name: 'Grow Fund', kind: 'programme' } }),
      [{ name: 'Grow Fund', kind: 'programme' }]);
  });

  it('excludes a text everywhere or in one document, widening an exclusion already there', () => {
    assert.deepEqual(edit('[]', { add: 'exclusion', text: 'Growth Plan', document: 'a.txt' }), [{ notAnEntity: 'Growth Plan', documents: ['a.txt'] }]);
    assert.deepEqual(edit('[{"notAnEntity": "Growth Plan", "documents": ["a.txt"]}]', { add: 'exclusion', text: 'Growth Plan', document: 'b.txt' }),
      [{ notAnEntity: 'Growth Plan', documents: ['a.txt', 'b.txt'] }]);
    assert.deepEqual(edit('[{"notAnEntity": "Growth Plan", "documents": ["a.txt"]}]', { add: 'exclusion', text: 'Growth Plan' }), [{ notAnEntity: 'Growth Plan' }]);
    assert.deepEqual(edit('[{"notAnEntity": "Growth Plan"}]', { add: 'exclusion', text: 'Growth Plan', document: 'a.txt' }), [{ notAnEntity: 'Growth Plan' }]);
  });

  it('excluding a name the user marked takes the name out of the list', () => {
    assert.deepEqual(edit('[{"name": "Board"}, {"name": "Other"}]', { add: 'exclusion', text: 'Board' }), [{ name: 'Other' }, { notAnEntity: 'Board' }]);
  });

  it('edits a list the detector reads though it is not strict JSON (a trailing comma, a comment)', () => {
    assert.deepEqual(edit('[\n  {"name": "Widget Works"}, # our own\n]', { add: 'entry', entry: { name: 'Grow Fund', kind: 'programme' } }),
      [{ name: 'Widget Works' }, { name: 'Grow Fund', kind: 'programme' }]);
  });

  it('leaves a broken list alone and says where it is broken', () => {
    const result = editedList('[\n  {"aliases": ["X"]}\n]', { add: 'exclusion', text: 'X' }, 'orgs.json');
    assert.equal(result.ok, false);
    assert.match(result.ok ? '' : result.message, /^orgs\.json:2:3: entry 1 needs a "name".*fix it, then try again$/);
  });
});
