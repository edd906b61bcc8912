import * as assert from 'node:assert/strict';
import { splitParagraphs } from '../../../src/core/paragraphs';
import { drain } from '../../../src/core/util/steps';
import { type ScannedParagraph, standaloneUses as standaloneUsesInSteps } from '../../../src/core/entities/scannedParagraph';

const standaloneUses = (...args: Parameters<typeof standaloneUsesInSteps>) => drain(standaloneUsesInSteps(...args));

const scanned = (text: string): ScannedParagraph[] => splitParagraphs(text).map((paragraph) => ({ ...paragraph, entities: [] }));

describe('standaloneUses', () => {
  const text = 'The EPI said.\n\nXEPI and EPIs are not uses; EPI, (EPI) and\nEPI are.\n \nEPI';

  it('finds the words standing alone, at offsets into the document, paragraph by paragraph', () => {
    const uses = standaloneUses(text, scanned(text), ['EPI', 'NAO']);
    assert.deepEqual(uses.map(({ index }) => index), [4, 43, 49, 58, 69]);
    for (const { word, index } of uses) assert.equal(text.slice(index, index + word.length), word);
  });

  it('searches a paragraph again only when the words change', () => {
    const paragraphs = scanned(text);
    standaloneUses(text, paragraphs, ['EPI']);
    const kept = paragraphs[1].wordSearch;
    standaloneUses(text, paragraphs, ['EPI']);
    assert.equal(paragraphs[1].wordSearch, kept);
    assert.deepEqual(standaloneUses(text, paragraphs, ['NAO']), []);
    assert.notEqual(paragraphs[1].wordSearch, kept);
  });
});
