import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { parseSidecar, readSidecar, type SidecarReadResult } from '../../../src/core/sidecar/parse';
import { plainValueOf } from '../../../src/core/sidecar/plainValue';
import { serialiseSidecar } from '../../../src/core/sidecar/serialise';
import { sidecar } from './arbitraries';
import { claimOf, sidecarOf } from './builders';

/** What readSidecar must give: parseSidecar's answer without the parsed file. */
function asParsed(text: string): SidecarReadResult {
  const parsed = parseSidecar(text);
  return parsed.ok ? { ok: true, sidecar: parsed.sidecar, claimPositions: parsed.claimPositions, documentPosition: parsed.positionOf(['document']) } : parsed;
}

const written = serialiseSidecar(sidecarOf([
  claimOf('c-aaaaaa', 'The fund “saved” £5.3bn\n\tin 2015-16', 4, { note: 'yes', organisation: 'NHS England' }),
  claimOf('c-bbbbbb', '😀 "quoted" \\ back', 90, { tags: [] }),
]));

describe('readSidecar', () => {
  it('reads what serialiseSidecar writes without composing a document, as parseSidecar reads it', () => {
    const plain = plainValueOf(written);
    assert.ok(plain, 'the written layout is read from the syntax tree');
    assert.deepEqual(plain.value, parseDocument(written).toJS());
    assert.deepEqual(readSidecar(written), asParsed(written));
  });

  it('reads any sidecar serialiseSidecar writes from the syntax tree, with the value, claims and positions parseSidecar gives (property)', () => {
    fc.assert(fc.property(sidecar, (original) => {
      const text = serialiseSidecar(original);
      const plain = plainValueOf(text);
      assert.ok(plain, `not read from the syntax tree:\n${text}`);
      assert.deepEqual(plain.value, parseDocument(text).toJS());
      assert.deepEqual(readSidecar(text), asParsed(text));
    }), { numRuns: 500 });
  });

  // Each is another way to write it, or a broken file: composed as ever, so it is read (or refused, at the same line) exactly as parseSidecar does.
  const otherLayouts: [string, string][] = [
    ['a comment', written.replace('claims:\n', '# why\nclaims:\n')],
    ['a comment after a value', written.replace('offsets: utf-16\n', 'offsets: utf-16 # units\n')],
    ['an anchor and alias', written.replace('tags:\n      - finding', 'tags: &t\n      - finding').replace(/tags: \[\]/, 'tags: *t')],
    ['a flow mapping', written.replace(/tags: \[\]/, 'tags: {a: 1}')],
    ['a flow list with items', written.replace(/tags: \[\]/, 'tags: [finding, other]')],
    ['single quotes', written.replace('document: report.txt', "document: 'report.txt'")],
    ['a block scalar', written.replace('document: report.txt', 'document: |-\n  report.txt')],
    ['a plain scalar over two lines', written.replace('document: report.txt', 'document: report\n  .txt')],
    ['a double-quoted scalar over two lines', written.replace('document: report.txt', 'document: "report\n  .txt"')],
    ['a tab after a key', written.replace('document: report.txt', 'document:\treport.txt')],
    ['a tag', written.replace('document: report.txt', 'document: !!str report.txt')],
    ['a document start', `---\n${written}`],
    ['a document end', `${written}...\n`],
    ['a byte-order mark', `\ufeff${written}`],
    ['a second document', `${written}---\nschema: 1\n`],
    ['a repeated key', written.replace('offsets: utf-16\n', 'offsets: utf-16\noffsets: utf-16\n')],
    ['a number where text belongs', written.replace('document: report.txt', 'document: 1.5')],
    ['null', written.replace('document: report.txt', 'document: ~')],
    ['a hexadecimal number', written.replace('schema: 1', 'schema: 0x1')],
    ['a number too large', written.replace('schema: 1', 'schema: 99999999999999999999')],
    ['a bad escape', written.replace('"before "', '"before \\q"')],
    ['merge-conflict markers', `<<<<<<< ours\n${written}=======\n${written}>>>>>>> theirs\n`],
    ['bad indentation', written.replace('    quote:', '     quote:')],
    ['a list not on its own line', written.replace('claims:\n  - id', 'claims: - id')],
    ['an empty file', ''],
  ];
  for (const [name, text] of otherLayouts) {
    it(`reads a sidecar with ${name} as parseSidecar does`, () => {
      assert.notEqual(text, written, 'the variant differs from the written file');
      assert.equal(plainValueOf(text), undefined);
      assert.deepEqual(readSidecar(text), asParsed(text));
    });
  }

  // Spaced otherwise, but in the same plain layout: still read from the syntax tree, and alike.
  const otherSpacing: [string, string][] = [
    ['Windows line ends', written.replace(/\n/g, '\r\n')],
    ['spaces after a value', written.replace('offsets: utf-16\n', 'offsets: utf-16   \n')],
    ['blank lines', written.replace('claims:\n', '\nclaims:\n\n')],
    ['no line end at the end', written.trimEnd()],
    ['lists indented further', written.replace(/\n {2}- /g, '\n    - ').replace(/\n {4}(quote|prefix|suffix|start|end|tags|note|organisation)/g, '\n      $1').replace(/\n {6}- finding/g, '\n          - finding')],
  ];
  for (const [name, text] of otherSpacing) {
    it(`reads a sidecar with ${name} from the syntax tree, as parseSidecar does`, () => {
      assert.notEqual(text, written, 'the variant differs from the written file');
      assert.ok(plainValueOf(text), 'read from the syntax tree');
      const read = readSidecar(text);
      assert.ok(read.ok);
      assert.deepEqual(read, asParsed(text));
    });
  }

  // Laid out as serialiseSidecar lays a file out, but wrong: refused with parseSidecar's problems, at its lines.
  const wrongInPlainLayout: [string, string][] = [
    ['an unknown version', written.replace('schema: 1', 'schema: 2')],
    ['a key the schema lacks', written.replace('offsets: utf-16\n', 'offsets: utf-16\nextra: 1\n')],
    ['a repeated id', written.replace('c-bbbbbb', 'c-aaaaaa')],
    ['an end before its start', written.replace('end: 39', 'end: 3')],
    ['a word where a number belongs', written.replace('start: 90', 'start: ninety')],
    ['a scalar alone', 'report'],
  ];
  for (const [name, text] of wrongInPlainLayout) {
    it(`refuses a sidecar with ${name} as parseSidecar does`, () => {
      assert.notEqual(text, written, 'the variant differs from the written file');
      assert.ok(plainValueOf(text), 'read from the syntax tree');
      const read = readSidecar(text);
      assert.ok(!read.ok);
      assert.deepEqual(read, asParsed(text));
    });
  }
});
