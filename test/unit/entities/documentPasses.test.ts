import * as assert from 'node:assert/strict';
import { linkAcronyms } from '../../../src/core/entities/acronymLinks';
import { EntityScanner } from '../../../src/core/entities/entityScanner';
import { type ParagraphDetector, paragraphDetectorFor } from '../../../src/core/entities/paragraphDetector';
import { ENTITIES_PER_STEP, PARAGRAPHS_PASSED_PER_STEP, type ScannedParagraph } from '../../../src/core/entities/scannedParagraph';
import type { Entity } from '../../../src/core/entities/types';
import { addUndefinedAcronyms } from '../../../src/core/entities/undefinedAcronyms';
import { drain, type Steps } from '../../../src/core/util/steps';
import { countingReads, stepsOf } from '../stepWork';

/** The scanner's paragraphs of `text`, detected, before the document-wide passes. */
function scannedParagraphs(text: string): ScannedParagraph[] {
  const scanner = new EntityScanner() as unknown as { rescanned(text: string, detector: ParagraphDetector): Steps<ScannedParagraph[]> };
  return drain(scanner.rescanned(text, paragraphDetectorFor(undefined)));
}

describe('the document-wide passes after the paragraph pass, in steps', () => {
  const bodies = paragraphDetectorFor(undefined).bodies;

  it("goes through the paragraphs' acronyms a few dozen paragraphs a step, finding what a pass at once finds", () => {
    const paragraphs = 6_000;
    const text = Array.from({ length: paragraphs }, (_, index) => `Paragraph ${index}: the QXZ fined the firm, and a WVQ form that QXZ said so.`).join('\n\n');
    const scanned = scannedParagraphs(text);
    // The acronyms the pass has gone through are the ones whose standalone test it has worked out.
    const gone = (): number => scanned.reduce((count, paragraph) => count + (paragraph.acronyms?.filter((use) => use.standalone !== undefined).length ?? 0), 0);
    const { most, stops, value } = stepsOf(addUndefinedAcronyms(text, scanned, [], bodies), gone);
    assert.ok(most <= 3 * PARAGRAPHS_PASSED_PER_STEP, `${most} acronyms in one step`);
    assert.ok(stops >= 2 * Math.floor(paragraphs / PARAGRAPHS_PASSED_PER_STEP), `${stops} stops`);
    // "the QXZ fined" makes QXZ a body, every standalone use of it a mention; WVQ has no such sign.
    const expected = [...text.matchAll(/QXZ/g)].map((match) => match.index);
    assert.deepEqual(value.map((entity) => [entity.text, entity.kind, entity.start]), expected.map((start) => ['QXZ', 'organisation', start]));
    // What the scanner's steps give is what the pass gives run at once, on fresh paragraphs.
    assert.deepEqual(drain(addUndefinedAcronyms(text, scannedParagraphs(text), [], bodies)), value);
  });

  it('goes through the entities a thousand or so a step when linking acronyms, finding what a pass at once finds', () => {
    const paragraphs = 4_000;
    const text = Array.from({ length: paragraphs }, (_, index) => index % 500 === 0
      ? `The Northshire Widget Council (NWC) spent £${index}m in ${1990 + (index % 30)}.`
      : `In ${1990 + (index % 30)} the NWC and the Care Quality Commission spent £${index}m, ${index}% more.`).join('\n\n');
    const scanned = scannedParagraphs(text);
    const entities: Entity[] = scanned.flatMap((paragraph) => paragraph.entities);
    assert.ok(entities.length > 10 * ENTITIES_PER_STEP, `${entities.length} entities`);
    const { items: counted, reads } = countingReads(entities);
    const { most, value } = stepsOf(linkAcronyms(text, scanned, counted, bodies), reads);
    assert.ok(most <= 2 * ENTITIES_PER_STEP, `${most} entities read in one step`);
    assert.ok(reads() >= 2 * entities.length, `${reads()} entities read`);
    assert.deepEqual(value, drain(linkAcronyms(text, scannedParagraphs(text), entities, bodies)));
    // Each NWC is a mention of the council, its acronym an alias.
    const mentions = value.filter((entity) => entity.text === 'NWC');
    assert.equal(mentions.length, [...text.matchAll(/NWC/g)].length);
    assert.ok(mentions.every((entity) => entity.kind === 'organisation' && entity.value.name === 'Northshire Widget Council'));
  });
});
