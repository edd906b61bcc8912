import * as assert from 'node:assert/strict';
import { parseSidecar } from '../../../src/core/sidecar/parse';
import { SidecarProblem } from '../../../src/core/sidecar/types';

const header = 'schema: 1\ndocument: report.txt\noffsets: utf-16\n';

function claimLines(id: string, changes: Record<string, string | null> = {}): string {
  const keys: Record<string, string> = { id, quote: '"The fund"', prefix: '""', suffix: '" is"', start: '4', end: '12', tags: '\n      - finding' };
  return Object.entries({ ...keys, ...changes })
    .filter((entry): entry is [string, string] => entry[1] !== null)
    .map(([key, value], index) => `${index === 0 ? '  - ' : '    '}${key}:${value.startsWith('\n') ? '' : ' '}${value}\n`)
    .join('');
}

function problemsOf(text: string): SidecarProblem[] {
  const result = parseSidecar(text);
  assert.ok(!result.ok, 'expected problems');
  return [...result.problems];
}

function onlyProblem(text: string): SidecarProblem {
  const problems = problemsOf(text);
  assert.equal(problems.length, 1, JSON.stringify(problems));
  return problems[0];
}

describe('parseSidecar', () => {
  it('reads a valid sidecar into the model, claims in document order, unknown tags kept', () => {
    const text = `${header}claims:\n${claimLines('c-bbbbbb', { start: '90', end: '98', tags: '\n      - my-own-tag' })}${claimLines('c-aaaaaa', { note: 'why' })}`;
    const result = parseSidecar(text);
    assert.ok(result.ok);
    assert.deepEqual(result.sidecar, {
      schema: 1,
      document: 'report.txt',
      offsets: 'utf-16',
      claims: [
        { id: 'c-aaaaaa', anchor: { quote: 'The fund', prefix: '', suffix: ' is', start: 4, end: 12 }, tags: ['finding'], note: 'why' },
        { id: 'c-bbbbbb', anchor: { quote: 'The fund', prefix: '', suffix: ' is', start: 90, end: 98 }, tags: ['my-own-tag'] },
      ],
    });
    assert.deepEqual(Object.fromEntries(result.claimPositions), { 'c-bbbbbb': { line: 5, column: 5 }, 'c-aaaaaa': { line: 13, column: 5 } });
    assert.deepEqual(result.positionOf(['document']), { line: 2, column: 11 });
  });

  it('reports a YAML syntax error at its line', () => {
    const problem = onlyProblem(`${header}claims:\n  - id: c-aaaaaa\n    quote: "unclosed\n`);
    assert.equal(problem.line, 6);
    assert.match(problem.message, /YAML syntax/);
  });

  it('reports a key written twice at the second one', () => {
    assert.deepEqual(onlyProblem(`${header}document: other.txt\nclaims: []\n`), { line: 4, column: 1, message: 'key "document" appears twice in the same mapping' });
  });

  it('reports each git conflict marker at its line', () => {
    const text = `${header}claims:\n<<<<<<< HEAD\n${claimLines('c-aaaaaa')}=======\n${claimLines('c-bbbbbb')}>>>>>>> feature\n`;
    assert.deepEqual(problemsOf(text).map((problem) => problem.line), [5, 14, 23]);
    assert.match(problemsOf(text)[0].message, /merge conflict marker '<<<<<<<'/);
  });

  it('reports a schema version it does not know, and nothing else about that file', () => {
    const problem = onlyProblem(`schema: 2\ndocument: report.txt\noffsets: utf-16\nclaims: []\nlinks: []\n`);
    assert.deepEqual({ line: problem.line, column: problem.column }, { line: 1, column: 9 });
    assert.match(problem.message, /schema version 2 .*reads version 1/);
  });

  it('reports an unknown key at the key, naming the keys it expected', () => {
    const problem = onlyProblem(`${header}claims:\n${claimLines('c-aaaaaa', { colour: 'red' })}`);
    assert.deepEqual({ line: problem.line, column: problem.column }, { line: 13, column: 5 });
    assert.equal(problem.message, 'unknown key "colour" in claim c-aaaaaa (expected id, quote, prefix, suffix, start, end, tags, note, source, organisation)');
  });

  it('reports a value of the wrong type at the value, once', () => {
    assert.deepEqual(onlyProblem(`${header}claims:\n${claimLines('c-aaaaaa', { start: 'four' })}`), { line: 9, column: 12, message: '"start" of claim c-aaaaaa must be a whole number' });
  });

  it('reports a missing key at the claim that lacks it', () => {
    assert.deepEqual(onlyProblem(`${header}claims:\n${claimLines('c-aaaaaa')}${claimLines('c-bbbbbb', { quote: null })}`), { line: 13, column: 5, message: 'claim c-bbbbbb is missing "quote"' });
  });

  it('reports a wrong constant and a malformed id with what they should be', () => {
    const problems = problemsOf(`schema: 1\ndocument: report.txt\noffsets: code-points\nclaims:\n${claimLines('C_1')}`);
    assert.deepEqual(problems, [
      { line: 3, column: 10, message: '"offsets" must be "utf-16"' },
      { line: 5, column: 9, message: '"id" of claim C_1 must be "c-" followed by lowercase letters and digits, like c-8f3k2q' },
    ]);
  });

  it('reports a document given as a path rather than a file name', () => {
    assert.deepEqual(onlyProblem('schema: 1\ndocument: ../report.txt\noffsets: utf-16\nclaims: []\n'), { line: 2, column: 11, message: '"document" must be a file name without folders' });
  });

  it('reports a duplicate claim id at the second claim', () => {
    assert.deepEqual(onlyProblem(`${header}claims:\n${claimLines('c-aaaaaa')}${claimLines('c-aaaaaa')}`), { line: 13, column: 5, message: 'claim id c-aaaaaa is used twice; ids must be unique (give this claim a new one, or write it out instead of repeating it through a YAML alias)' });
  });

  it('reports a tag given twice at the repeat', () => {
    const problem = onlyProblem(`${header}claims:\n${claimLines('c-aaaaaa', { tags: '\n      - finding\n      - disputed\n      - finding' })}`);
    assert.deepEqual({ line: problem.line, message: problem.message }, { line: 14, message: '"tags" of claim c-aaaaaa holds "finding" twice' });
  });

  it('reports an end before the start', () => {
    assert.deepEqual(onlyProblem(`${header}claims:\n${claimLines('c-aaaaaa', { end: '2' })}`), { line: 10, column: 10, message: '"end" of claim c-aaaaaa (2) is before its "start" (4)' });
  });

  it('reports an empty file, and a file that is not a mapping', () => {
    assert.deepEqual(onlyProblem(''), { line: 1, column: 1, message: 'the file is empty: a sidecar needs schema, document, offsets and claims' });
    assert.equal(onlyProblem('- a\n- b\n').message, 'the sidecar must be a mapping of keys to values');
  });

  it('reports a second YAML document at its start', () => {
    assert.equal(onlyProblem(`${header}claims: []\n---\nschema: 1\n`).line, 5);
  });

  it('reports every problem of a file at once, in line order', () => {
    const problems = problemsOf(`schema: 1\ndocument: report.txt\noffsets: utf-16\nclaims:\n${claimLines('c-aaaaaa', { start: '"4"', colour: 'red' })}${claimLines('c-aaaaaa')}`);
    assert.deepEqual(problems.map((problem) => problem.line), [9, 13, 14]);
  });
});
