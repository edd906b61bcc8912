import * as assert from 'node:assert/strict';
import { CandidateWords, findCandidateWords, type OffsetList } from '../../../src/core/entities/candidateWords';
import { paragraphDetectorFor } from '../../../src/core/entities/paragraphDetector';
import { detectEntities } from '../../../src/core/entities/detectEntities';

describe('findCandidateWords', () => {
  const filter = paragraphDetectorFor(undefined).wordFilter;

  function offsetsOf(list: OffsetList): number[] {
    return Array.from(list.values.subarray(0, list.length));
  }

  function listsOf(candidates: CandidateWords): Record<string, number[]> {
    const { nameStarts, numbers, figureWords, nameHeads } = candidates;
    return { nameStarts: offsetsOf(nameStarts), numbers: offsetsOf(numbers), figureWords: offsetsOf(figureWords), nameHeads: offsetsOf(nameHeads) };
  }

  function nameStartsIn(text: string): string[] {
    return offsetsOf(findCandidateWords(text, filter).nameStarts).map((start) => text.slice(start, start + 12));
  }

  it('looks for a listed name where its first two words are, not at every word that could start one', () => {
    assert.deepEqual(nameStartsIn('the care of patients and the Care Quality Commission'), ['Care Quality']);
  });

  it('reads a one-word name, its possessive and a name joined by "&" or "and"', () => {
    assert.deepEqual(nameStartsIn('NHS’s plan'), ['NHS’s plan']);
    // "Social Care …" and "Care Act" open listed names too; the matcher keeps the longest.
    assert.deepEqual(nameStartsIn('by Health & Social Care Act'), ['Health & Soc', 'Social Care ', 'Care Act']);
    assert.deepEqual(nameStartsIn('by health and care professions council'), ['health and c']);
  });

  it('does not join words a line break or punctuation parts', () => {
    assert.deepEqual(nameStartsIn('quality of care. Quality Commission'), []);
    assert.deepEqual(nameStartsIn('Care,Quality Commission'), []);
  });

  it('gives number words and head words as start and end pairs, a possessive without its "’s"', () => {
    const text = 'Seventy patients of the Nuffield Trust’s five sites';
    const candidates = findCandidateWords(text, filter);
    const pairs = (flat: number[]) => flat.flatMap((value, index) => (index % 2 === 0 ? [text.slice(value, flat[index + 1])] : []));
    assert.deepEqual(pairs(offsetsOf(candidates.figureWords)), ['Seventy', 'five']);
    assert.deepEqual(pairs(offsetsOf(candidates.nameHeads)), ['Trust']);
  });

  it('reads a paragraph where it lies in the document, with offsets from the paragraph', () => {
    const paragraph = 'The Nuffield Trust’s 12 sites';
    const document = `Care Quality Commission 7\n\n${paragraph}\n\nFive`;
    const from = document.indexOf(paragraph);
    const inPlace = findCandidateWords(document, filter, from, from + paragraph.length);
    assert.deepEqual(listsOf(inPlace), listsOf(findCandidateWords(paragraph, filter)));
    assert.deepEqual(offsetsOf(inPlace.numbers).map((offset) => paragraph[offset]), ['1', ' ']);
  });

  it('gives the same lists when one set of lists is filled for paragraph after paragraph, longer and shorter', () => {
    // 40 numbers make 80 offsets, beyond the lists' first size; the short paragraph after must not see them.
    const long = Array.from({ length: 40 }, (_, index) => `${index} the Care Quality Commission five`).join(' ');
    const short = 'NHS England paid £5 to the Nuffield Trust';
    const kept = new CandidateWords();
    for (const paragraph of [long, short, long]) {
      assert.deepEqual(listsOf(findCandidateWords(paragraph, filter, 0, paragraph.length, kept)), listsOf(findCandidateWords(paragraph, filter)));
    }
  });

  it('lets the detector find names the user adds, by their first two words', () => {
    const extraBodies = [{ name: 'Wessex Care Observatory' }];
    const found = detectEntities('as the wessex care observatory said', { extraBodies });
    assert.deepEqual(found.map((entity) => entity.text), ['wessex care observatory']);
  });
});
