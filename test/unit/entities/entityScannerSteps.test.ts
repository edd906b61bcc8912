import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { drain } from '../../../src/core/util/steps';
import { EntityScanner } from '../../../src/core/entities/entityScanner';
import { paragraphDetectorFor } from '../../../src/core/entities/paragraphDetector';
import { detectEntities } from '../../../src/core/entities/detectEntities';
import { isFigure } from '../../../src/core/entities/types';
import { splitParagraphs } from '../../../src/core/paragraphs';

const seedsFolder = path.resolve(__dirname, '..', '..', '..', '..', 'seeds');
const seedText = fs.readdirSync(seedsFolder).filter((name) => name.endsWith('.txt')).sort().map((name) => fs.readFileSync(path.join(seedsFolder, name), 'utf8')).join('\n\n');
/** The seeds four times over, each copy with its digits changed: a few hundred paragraphs. */
const longText = [0, 1, 2, 3].map((copy) => seedText.replace(/\d/g, (digit) => String((Number(digit) + copy) % 10))).join('\n\n');

/** Runs the scan a step at a time, counting the steps and the paragraphs detected in the longest. */
function stepped(scanner: EntityScanner, text: string): { entities: readonly ReturnType<EntityScanner['scan']>[number][]; steps: number; mostDetectedInAStep: number } {
  // The detector is shared by every scanner with the same lists: it is put back afterwards.
  const detector = paragraphDetectorFor(undefined);
  const detect = detector.detect;
  let detected = 0;
  detector.detect = (...args: Parameters<typeof detect>) => {
    detected++;
    return detect.apply(detector, args);
  };
  try {
    const job = scanner.scanInSteps(text);
    let steps = 0;
    let mostDetectedInAStep = 0;
    for (;;) {
      detected = 0;
      const step = job.next();
      mostDetectedInAStep = Math.max(mostDetectedInAStep, detected);
      if (step.done) return { entities: step.value, steps, mostDetectedInAStep };
      steps++;
    }
  } finally {
    detector.detect = detect;
  }
}

describe('EntityScanner in steps', () => {
  it('gives what scan gives, fresh and after edits', () => {
    const scanner = new EntityScanner();
    assert.deepEqual(stepped(scanner, longText).entities, new EntityScanner().scan(longText));
    let text = longText;
    const insert = fc.constantFrom('', 'x', '7', ' £5bn ', '\n\n', ' \n \n', 'NHS', '(NAO)', 'Ajax programme');
    fc.assert(fc.property(fc.nat(), fc.nat({ max: 6 }), insert, (at, remove, inserted) => {
      at %= text.length + 1;
      text = text.slice(0, at) + inserted + text.slice(at + remove);
      assert.deepEqual(stepped(scanner, text).entities, detectEntities(text));
    }), { numRuns: 40 });
  });

  it('stops every few dozen paragraphs, in the paragraph pass and in the searches over the document', () => {
    const paragraphs = splitParagraphs(longText).length;
    const fresh = stepped(new EntityScanner(), longText);
    assert.ok(fresh.mostDetectedInAStep <= 32, `${fresh.mostDetectedInAStep} paragraphs detected in one step`);
    // The paragraph pass stops every 32 paragraphs, each of the two acronym searches every 64.
    assert.ok(fresh.steps >= paragraphs / 32 + 2 * Math.floor(paragraphs / 64), `${fresh.steps} steps for ${paragraphs} paragraphs`);
    // After an edit near the start, moving the paragraphs after it on stops too.
    const scanner = new EntityScanner();
    scanner.scan(longText);
    const edited = `x${longText}`;
    const rescan = stepped(scanner, edited);
    assert.ok(rescan.mostDetectedInAStep <= 1);
    assert.ok(rescan.steps >= paragraphs / 32, `${rescan.steps} steps to move ${paragraphs} paragraphs`);
    assert.deepEqual(rescan.entities, detectEntities(edited));
  });

  it('gives the right entities after a scan given up half-way', () => {
    fc.assert(fc.property(fc.nat({ max: 400 }), fc.nat(), (stopAfter, at) => {
      const scanner = new EntityScanner();
      scanner.scan(longText);
      at %= longText.length;
      const abandoned = scanner.scanInSteps(`${longText.slice(0, at)} £7bn (NAO) ${longText.slice(at)}`);
      for (let step = 0; step < stopAfter && !abandoned.next().done; step++);
      const text = `${longText.slice(0, at)}x${longText.slice(at)}`;
      assert.deepEqual(scanner.scan(text), detectEntities(text));
    }), { numRuns: 25 });
  });

  it('lets two documents be scanned a step each in turn', () => {
    const other = seedText.split('\n\n').reverse().join('\n\n');
    const first = new EntityScanner().scanInSteps(longText);
    const second = new EntityScanner().scanInSteps(other);
    let results: [IteratorResult<void, unknown>, IteratorResult<void, unknown>] = [first.next(), second.next()];
    while (!results[0].done || !results[1].done) results = [results[0].done ? results[0] : first.next(), results[1].done ? results[1] : second.next()];
    assert.deepEqual(results[0].value, detectEntities(longText));
    assert.deepEqual(results[1].value, detectEntities(other));
  });

  it('gives a first look at a piece of a document, at offsets into it, as the full scan sees its figures', () => {
    const scanner = new EntityScanner();
    const paragraphs = splitParagraphs(longText);
    const [first, last] = [paragraphs[Math.floor(paragraphs.length / 2)], paragraphs[Math.floor(paragraphs.length / 2) + 40]];
    const piece = scanner.scanPiece(longText.slice(first.start, last.end), first.start);
    const full = detectEntities(longText).filter((entity) => isFigure(entity) && entity.start >= first.start && entity.end <= last.end);
    assert.ok(full.length > 10);
    assert.deepEqual(piece.filter(isFigure), full);
    // It leaves the scanner as it was: the next scan is a fresh one.
    assert.deepEqual(drain(scanner.scanInSteps(longText)), detectEntities(longText));
  });
});
