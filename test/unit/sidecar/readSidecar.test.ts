import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { LineCounter, parseDocument } from 'yaml';
import { nodeAt, positionOf } from '../../../src/core/sidecar/locate';
import { parseSidecar, readSidecar, type SidecarReadResult } from '../../../src/core/sidecar/parse';
import { plainValueSteps, type PlainValue } from '../../../src/core/sidecar/plainValue';
import { drain } from '../../../src/core/util/steps';
import { serialiseSidecar } from '../../../src/core/sidecar/serialise';
import { sidecar } from './arbitraries';
import { claimOf, sidecarOf } from './builders';

function plainValueOf(text: string): PlainValue | undefined {
  return drain(plainValueSteps(text));
}

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
  it('reads what serialiseSidecar writes without parsing or composing a document, as parseSidecar reads it', () => {
    const plain = plainValueOf(written);
    assert.ok(plain, 'the written layout is read from the tokens');
    assert.deepEqual(plain.value, parseDocument(written).toJS());
    assert.deepEqual(readSidecar(written), asParsed(written));
  });

  it('reads any sidecar serialiseSidecar writes from the tokens, with the value, claims and positions parseSidecar gives (property)', () => {
    fc.assert(fc.property(sidecar, (original) => {
      const text = serialiseSidecar(original);
      const plain = plainValueOf(text);
      assert.ok(plain, `not read from the tokens:\n${text}`);
      assert.deepEqual(plain.value, parseDocument(text).toJS());
      assert.deepEqual(readSidecar(text), asParsed(text));
    }), { numRuns: 500 });
  });

  // Small files of random lines, keys and values: mostly of the written layout's kinds, some of others YAML reads or refuses.
  const mostly = <T>(usual: T[], odd: T[]): fc.Arbitrary<T> => fc.oneof({ arbitrary: fc.constantFrom(...usual), weight: 8 }, { arbitrary: fc.constantFrom(...odd), weight: 1 });
  const indent = mostly(['', '  ', '    '], [' ', '   ', '      ']);
  const dash = mostly(['', '- '], ['-   ', '- - ', '-\t']);
  const key = mostly(['a', 'b', 'id', 'tags'], ['1', 'x y', '"k"', "'k'", 'a ', '? a', 'true', '__proto__', '&n a', '!!str a']);
  const value = mostly(['', ' 1', ' x', ' "q"', ' []', ' "a\\nb"', '   x', ' x  '], [' ', ' "a\\qb"', ' [ ]', ' [x]', ' {}', ' @x', ' ,x', ' y: z', ' # c', ' x # c', ' "x" y', '\t1', ' null', ' 0x1', ' -1', ' 1.5', ' |', ' *n', ' "unclosed']);
  const line = fc.oneof(
    { arbitrary: fc.tuple(indent, dash, key, value).map(([spaces, item, name, after]) => `${spaces}${item}${name}:${after}`), weight: 6 },
    { arbitrary: fc.tuple(indent, dash, mostly(['x', '"q"', '1'], ['[]', '-', '', 'x y', '"a\nb"'])).map(([spaces, item, scalar]) => `${spaces}${item}${scalar}`), weight: 2 },
    { arbitrary: fc.constantFrom('', '  ', '# c', '---', '...', '\t- x', '%YAML 1.2'), weight: 1 },
  );
  const smallFile = fc.tuple(fc.array(line, { minLength: 1, maxLength: 6 }), fc.constantFrom('\n', '\r\n'), fc.boolean())
    .map(([lines, lineEnd, last]) => `${lines.join(lineEnd)}${last ? lineEnd : ''}`);

  /** Every path to a value inside `value`. */
  function pathsIn(value: unknown, path: (string | number)[] = []): (string | number)[][] {
    if (Array.isArray(value)) return [path, ...value.flatMap((item, index) => pathsIn(item, [...path, index]))];
    if (typeof value === 'object' && value !== null) return [path, ...Object.entries(value).flatMap(([name, item]) => pathsIn(item, [...path, name]))];
    return [path];
  }

  it('reads a file only when yaml reads it alike, with the same value and positions (property)', () => {
    fc.assert(fc.property(smallFile, (text) => {
      const plain = plainValueOf(text);
      if (!plain) return;
      const lineCounter = new LineCounter();
      const document = parseDocument(text, { uniqueKeys: true, lineCounter });
      assert.deepEqual(document.errors, [], 'read a file yaml finds fault with');
      assert.deepEqual(plain.value, document.toJS());
      for (const path of pathsIn(plain.value)) assert.deepEqual(plain.positionOf(path), positionOf(nodeAt(document, path), lineCounter), `at ${path.join('.')}`);
    }), { numRuns: 3_000 });
  });

  it('reads a written file with lines added, removed or indented otherwise as parseSidecar does (property)', () => {
    const otherLines = fc.constantFrom('', 'extra: 1', 'a:', '  - x', '  id: c-zzzzzz', '    tags:', '      - other', '    note: "a\\qb"', '# c');
    const edited = fc.tuple(sidecar, fc.array(fc.tuple(fc.nat(), fc.nat({ max: 3 }), otherLines), { minLength: 1, maxLength: 3 })).map(([original, edits]) => {
      const lines = serialiseSidecar(original).split('\n');
      for (const [at, how, added] of edits) {
        const index = at % lines.length;
        if (how === 0) lines.splice(index, 0, added);
        else if (how === 1) lines.splice(index, 1);
        else if (how === 2) lines[index] = ` ${lines[index]}`;
        else lines[index] = lines[index].replace(/^ {2}/, '');
      }
      return lines.join('\n');
    });
    fc.assert(fc.property(edited, (text) => assert.deepEqual(readSidecar(text), asParsed(text))), { numRuns: 300 });
  });

  it('reads in steps as at once', () => {
    const claims = Array.from({ length: 300 }, (_, index) => claimOf(`c-${String(index).padStart(6, '0')}`, `Claim ${index} said £${index}m`, index * 40));
    const text = serialiseSidecar(sidecarOf(claims));
    const job = plainValueSteps(text);
    let steps = 0;
    for (let step = job.next(); ; step = job.next(), steps++) {
      if (step.done) {
        assert.deepEqual(step.value?.value, parseDocument(text).toJS());
        break;
      }
    }
    assert.ok(steps > 1, `${steps} steps`);
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
    ['a reserved character starting a plain value', written.replace('document: report.txt', 'document: @report.txt')],
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

  // Spaced otherwise, but in the same plain layout: still read from the tokens, and alike.
  const otherSpacing: [string, string][] = [
    ['Windows line ends', written.replace(/\n/g, '\r\n')],
    ['spaces after a value', written.replace('offsets: utf-16\n', 'offsets: utf-16   \n')],
    ['blank lines', written.replace('claims:\n', '\nclaims:\n\n')],
    ['no line end at the end', written.trimEnd()],
    ['lists indented further', written.replace(/\n {2}- /g, '\n    - ').replace(/\n {4}(quote|prefix|suffix|start|end|tags|note|organisation)/g, '\n      $1').replace(/\n {6}- finding/g, '\n          - finding')],
  ];
  for (const [name, text] of otherSpacing) {
    it(`reads a sidecar with ${name} from the tokens, as parseSidecar does`, () => {
      assert.notEqual(text, written, 'the variant differs from the written file');
      assert.ok(plainValueOf(text), 'read from the tokens');
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
      assert.ok(plainValueOf(text), 'read from the tokens');
      const read = readSidecar(text);
      assert.ok(!read.ok);
      assert.deepEqual(read, asParsed(text));
    });
  }
});
