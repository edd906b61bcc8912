import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { detectEntities } from '../../../src/core/entities/detectEntities';
import { editedSpans, entitiesThroughEdits, type TextEdit } from '../../../src/core/entities/entitiesThroughEdits';
import { overlaps } from '../../../src/core/textDocument';

const text = 'The National Audit Office (NAO) said £5.3bn was spent in 2015-16.\n\nThe NAO found 40% of trusts in deficit.\n\nHealth Education England spent £4bn.';

function applied(before: string, edits: readonly TextEdit[], inserts: readonly string[]): string {
  return edits.reduce((current, edit, index) => current.slice(0, edit.start) + inserts[index] + current.slice(edit.start + edit.removed), before);
}

describe('entities carried through edits', () => {
  it('moves what lies after an edit, keeps what lies before, and leaves out what an edit touched', () => {
    const entities = detectEntities(text);
    const at = text.indexOf('40%');
    const edits = [{ start: at, removed: 3, inserted: 3 }, { start: 0, removed: 0, inserted: 4 }];
    const edited = applied(text, edits, ['45%', 'Now ']);
    const carried = entitiesThroughEdits(entities, edits, [{ start: 0, end: edited.length }], []);
    for (const entity of carried) assert.equal(edited.slice(entity.start, entity.end), entity.text);
    assert.ok(!carried.some((entity) => entity.text === '40%'));
    assert.equal(carried.length, entities.length - 1);
    assert.deepEqual(editedSpans(edits), [{ start: 0, end: 4 }, { start: at + 4, end: at + 7 }]);
  });

  it('keeps every entity the edits did not touch, at its text, and covers every written character (property)', () => {
    const entities = detectEntities(text);
    fc.assert(fc.property(fc.array(fc.record({ at: fc.nat(), removed: fc.nat({ max: 8 }), insert: fc.constantFrom('', 'x', ' £7bn', '\n\n') }), { minLength: 1, maxLength: 6 }), (raw) => {
      let current = text;
      const edits: TextEdit[] = [];
      for (const { at, removed, insert } of raw) {
        const start = at % (current.length + 1);
        const edit = { start, removed: Math.min(removed, current.length - start), inserted: insert.length };
        current = current.slice(0, start) + insert + current.slice(start + edit.removed);
        edits.push(edit);
      }
      const spans = editedSpans(edits);
      const whole = entitiesThroughEdits(entities, edits, [{ start: 0, end: current.length }], []);
      for (const entity of whole) assert.equal(current.slice(entity.start, entity.end), entity.text);
      // Carried a window at a time, the same entities, each once; none in what was left out.
      const middle = Math.floor(current.length / 2);
      const windows = [{ start: 0, end: Math.max(0, middle - 20) }, { start: middle, end: current.length }];
      const expected = whole.filter((entity) => windows.some((window) => overlaps(window, entity)) && !spans.some((span) => overlaps(span, entity)));
      assert.deepEqual(entitiesThroughEdits(entities, edits, windows, spans), expected);
      for (let index = 1; index < spans.length; index++) assert.ok(spans[index - 1].end < spans[index].start);
      // What the last edit wrote lies in one of the spans.
      const last = edits[edits.length - 1];
      const written = { start: last.start, end: last.start + last.inserted };
      assert.ok(written.start === written.end || spans.some((span) => span.start <= written.start && span.end >= written.end));
      assert.ok(spans.every((span) => span.start >= 0 && span.end <= current.length && !spans.some((other) => other !== span && overlaps(other, span))));
    }), { numRuns: 200 });
  });
});
