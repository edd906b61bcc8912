import * as assert from 'node:assert/strict';
import { adjacentFigure, entityAt, firstEndingAfter } from '../../../src/core/entities/entityLookup';
import { detectEntities } from '../../../src/core/entities/detectEntities';

const text = 'The National Audit Office found £5bn spent in 2015-16, and 40% more by 2020.';
const entities = detectEntities(text);
const at = (needle: string): number => text.indexOf(needle);

describe('entity look-up', () => {
  it('finds the entity under a cursor, including just after its last character', () => {
    assert.equal(entityAt(entities, at('Audit'))?.text, 'National Audit Office');
    assert.equal(entityAt(entities, at('£5bn') + 4)?.text, '£5bn');
    assert.equal(entityAt(entities, at('spent') + 1), undefined);
  });

  it('finds the first entity ending after an offset', () => {
    assert.equal(entities[firstEndingAfter(entities, at('found'))].text, '£5bn');
    assert.equal(firstEndingAfter(entities, text.length), entities.length);
  });

  it('steps to the next and previous figure, skipping names and wrapping at the ends', () => {
    assert.deepEqual(adjacentFigure(entities, 0, 'next'), { figure: entities.find((entity) => entity.text === '£5bn'), wrapped: false });
    assert.equal(adjacentFigure(entities, at('£5bn') + 1, 'next')?.figure.text, '2015-16');
    assert.equal(adjacentFigure(entities, at('£5bn'), 'previous')?.figure.text, '2020');
    assert.equal(adjacentFigure(entities, at('£5bn'), 'previous')?.wrapped, true);
    assert.equal(adjacentFigure(entities, at('2020'), 'next')?.wrapped, true);
    assert.equal(adjacentFigure(detectEntities('Only the National Audit Office.'), 0, 'next'), undefined);
  });
});
