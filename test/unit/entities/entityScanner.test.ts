import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { EntityScanner } from '../../../src/core/entities/entityScanner';
import { paragraphDetectorFor } from '../../../src/core/entities/paragraphDetector';
import { detectEntities } from '../../../src/core/entities/detectEntities';

const seedsFolder = path.resolve(__dirname, '..', '..', '..', '..', 'seeds');
const seedText = fs.readdirSync(seedsFolder).filter((name) => name.endsWith('.txt')).sort().map((name) => fs.readFileSync(path.join(seedsFolder, name), 'utf8')).join('\n\n');

describe('EntityScanner', () => {
  // Each run edits the text the scanner saw last, as typing does, so the scanner carries its
  // paragraphs from one edit to the next; the edits make and remove blank lines and paragraph breaks.
  it('gives what a cold scan gives after random edits', () => {
    const scanner = new EntityScanner();
    let text = seedText;
    scanner.scan(text);
    const insert = fc.constantFrom('', 'x', '7', ' £5bn ', '\n', '\n\n', ' \n \n', '\r\n\r\n', '\n\n\n', '  ', 'NHS', '(NAO)', '(', ' (', 'Fund', 'Ajax programme');
    fc.assert(fc.property(
      fc.array(fc.record({ at: fc.nat(), remove: fc.nat({ max: 6 }), insert }), { minLength: 1, maxLength: 5 }),
      fc.boolean(),
      (edits, fromSeed) => {
        if (fromSeed) text = seedText;
        for (const edit of edits) {
          const at = edit.at % (text.length + 1);
          text = text.slice(0, at) + edit.insert + text.slice(at + edit.remove);
          assert.deepEqual(scanner.scan(text), detectEntities(text));
        }
      }), { numRuns: 150 });
  });

  it('gives what a cold scan gives after edits at the ends and of blank lines', () => {
    const scanner = new EntityScanner();
    const texts = ['', '\n\nThe NAO said.', '\n\n\nThe NAO said.', 'The National Audit Office (NAO) said.\n\nThe NAO', 'The National Audit Office (NAO) said.\n \nThe NAO',
      'The National Audit Office (NAO) said.\nThe NAO', '  \n\n£5bn', '£5bn\n\n  ', '£5bn\n\n  \n\nNAO', '£5bn', ''];
    for (const text of texts) assert.deepEqual(scanner.scan(text), detectEntities(text), JSON.stringify(text));
  });

  it('finds an acronym\'s use in a paragraph searched alone right after paragraphs searched together', () => {
    const scanner = new EntityScanner();
    scanner.scan('The Widget Standards Council (WSC) met.\n\nLater the WSC said.\n\nNothing here.');
    // Both edited paragraphs are searched again, the first in one pass with the second, which is
    // searched alone as the next is reused: the pass has already gone past the second's use.
    const edited = 'The Widget Standards Council (WSC) met today.\n\nLater the WSC said so.\n\nNothing here.';
    assert.deepEqual(scanner.scan(edited), detectEntities(edited));
  });

  it('links an acronym defined in one paragraph to its use in another', () => {
    const entities = new EntityScanner().scan('The Widget Standards Council (WSC) met.\n\nLater the WSC said.');
    assert.deepEqual(entities.map((entity) => entity.text), ['Widget Standards Council', 'WSC', 'WSC']);
  });

  it('re-detects only the paragraphs that changed', () => {
    const scanner = new EntityScanner();
    const paragraphs = seedText.split('\n\n');
    scanner.scan(paragraphs.join('\n\n'));
    // The detector is shared by every scanner with the same lists: it is put back afterwards.
    const detector = paragraphDetectorFor(undefined);
    const detect = detector.detect;
    let calls = 0;
    detector.detect = (...args: Parameters<typeof detect>) => {
      calls++;
      return detect.apply(detector, args);
    };
    try {
      paragraphs[3] = `${paragraphs[3]} x`;
      scanner.scan(paragraphs.join('\n\n'));
    } finally {
      detector.detect = detect;
    }
    assert.equal(calls, 1);
  });
});
