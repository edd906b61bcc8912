import * as assert from 'node:assert/strict';
import { parseSidecar } from '../../../src/core/sidecar/parse';
import { serialiseSidecar } from '../../../src/core/sidecar/serialise';
import { Sidecar } from '../../../src/core/sidecar/types';
import { claimOf, sidecarOf } from './builders';

function parsedOk(text: string) {
  const result = parseSidecar(text);
  if (!result.ok) {
    assert.fail(`expected the text to parse, got ${JSON.stringify(result.problems)}`);
  }
  return result;
}

describe('serialiseSidecar', () => {
  it('writes the documented format byte for byte', () => {
    const sidecar: Sidecar = sidecarOf([
      {
        id: 'c-8f3k2q',
        anchor: {
          quote: 'The commission found no evidence that these assumptions are true.',
          prefix: 'savings of £1bn in 2015-16. ',
          suffix: ' It recommends',
          start: 1234,
          end: 1299,
        },
        tags: ['finding', 'disputed'],
        note: "Contradicts the NAO's 2017 estimate.",
        source: 'HSJ/Serco Commission on Hospital Care for Frail Older People',
      },
      { id: 'c-0a1b2c', anchor: { quote: 'yes', prefix: '', suffix: ': 1.0', start: 10, end: 13 }, tags: [] },
    ], '000_cea7053ff7734d83.txt');

    assert.equal(serialiseSidecar(sidecar), [
      'schema: 1',
      'document: 000_cea7053ff7734d83.txt',
      'offsets: utf-16',
      'claims:',
      '  - id: c-0a1b2c',
      '    quote: "yes"',
      '    prefix: ""',
      '    suffix: ": 1.0"',
      '    start: 10',
      '    end: 13',
      '    tags: []',
      '  - id: c-8f3k2q',
      '    quote: "The commission found no evidence that these assumptions are true."',
      '    prefix: "savings of £1bn in 2015-16. "',
      '    suffix: " It recommends"',
      '    start: 1234',
      '    end: 1299',
      '    tags:',
      '      - finding',
      '      - disputed',
      "    note: Contradicts the NAO's 2017 estimate.",
      '    source: HSJ/Serco Commission on Hospital Care for Frail Older People',
      '',
    ].join('\n'));
  });

  it('writes a source’s organisation after the source, and reads it back; a claim without one stays valid', () => {
    const claim = { ...claimOf('c-lee001', 'Ministers must publish the evidence.', 5), source: 'Dr Ann Lee', organisation: 'Fiscal Institute' };
    const text = serialiseSidecar(sidecarOf([claim]));
    assert.ok(text.endsWith('      - finding\n    source: Dr Ann Lee\n    organisation: Fiscal Institute\n'), text);
    assert.equal(serialiseSidecar(sidecarOf([claim])), text, 'the same bytes every time');
    assert.deepEqual(parsedOk(text).sidecar.claims[0], claim);
    const { organisation: _dropped, ...older } = claim;
    assert.deepEqual(parsedOk(serialiseSidecar(sidecarOf([older]))).sidecar.claims[0], older);
  });

  it('writes an empty list of claims as []', () => {
    assert.equal(serialiseSidecar(sidecarOf([])), 'schema: 1\ndocument: report.txt\noffsets: utf-16\nclaims: []\n');
  });

  it('orders claims by start, then id, whatever order they come in', () => {
    const text = serialiseSidecar(sidecarOf([claimOf('c-bbbbbb', 'two', 50), claimOf('c-zzzzzz', 'one', 5), claimOf('c-aaaaaa', 'two', 50)]));
    assert.deepEqual([...text.matchAll(/id: (c-\w+)/g)].map((match) => match[1]), ['c-zzzzzz', 'c-aaaaaa', 'c-bbbbbb']);
  });

  it('keeps long quotes and line breaks on one line, and quotes words YAML would read as something else', () => {
    const long = 'word '.repeat(60).trim();
    const text = serialiseSidecar(sidecarOf([claimOf('c-aaaaaa', `${long}\nnext line`, 0, { tags: ['yes', 'null', '1.0'], note: 'a\nb' })]));
    assert.ok(text.includes(`    quote: "${long}\\nnext line"\n`));
    assert.ok(text.includes('      - yes\n      - "null"\n      - "1.0"\n'));
    assert.ok(text.includes('    note: "a\\nb"\n'));
  });

  it('gives the same bytes after a parse and a second serialise', () => {
    const text = serialiseSidecar(sidecarOf([claimOf('c-aaaaaa', 'Figure: £5.3bn # not a comment', 3, { note: '"quoted" and \'single\'' })]));
    const parsed = parsedOk(text);
    assert.equal(serialiseSidecar(parsed.sidecar, parsed.document), text);
    assert.equal(serialiseSidecar(parsed.sidecar), text);
  });
});

describe('serialiseSidecar with the file on disk', () => {
  const commented = [
    '# Annotations of the NAO report, reviewed by the policy team.',
    '',
    'schema: 1',
    'document: report.txt',
    'offsets: utf-16',
    '# Claims in document order.',
    'claims:',
    '  # The headline figure.',
    '  - id: c-aaaaaa',
    '    quote: "first"',
    '    prefix: "before "',
    '    suffix: " after"',
    '    start: 10',
    '    end: 15',
    '    tags:',
    '      - finding # checked against table 2',
    '    note: keep # ask Sam',
    '  # Disputed by the LGA.',
    '  - id: c-bbbbbb',
    '    quote: "second"',
    '    prefix: "before "',
    '    suffix: " after"',
    '    start: 40',
    '    end: 46',
    '    tags:',
    '      - finding',
    '',
  ].join('\n');

  it('leaves a commented file byte for byte as it was when nothing changed', () => {
    const parsed = parsedOk(commented);
    assert.equal(serialiseSidecar(parsed.sidecar, parsed.document), commented);
  });

  it('keeps the comments of the claims that remain when a claim is added before them', () => {
    const parsed = parsedOk(commented);
    const added = { ...parsed.sidecar, claims: [...parsed.sidecar.claims, claimOf('c-000000', 'zeroth', 0)] };
    const text = serialiseSidecar(added, parsed.document);
    assert.ok(text.startsWith('# Annotations of the NAO report, reviewed by the policy team.\n\nschema: 1\n'));
    assert.ok(text.includes('# Claims in document order.\nclaims:\n  - id: c-000000\n'));
    assert.ok(text.includes('  # The headline figure.\n  - id: c-aaaaaa\n'));
    assert.ok(text.includes('      - finding # checked against table 2\n    note: keep # ask Sam\n'));
    assert.ok(text.includes('  # Disputed by the LGA.\n  - id: c-bbbbbb\n'));
  });

  it('drops the comments of a removed claim and keeps the others', () => {
    const parsed = parsedOk(commented);
    const removed = { ...parsed.sidecar, claims: parsed.sidecar.claims.filter((claim) => claim.id !== 'c-aaaaaa') };
    const text = serialiseSidecar(removed, parsed.document);
    assert.ok(!text.includes('headline'));
    assert.ok(!text.includes('ask Sam'));
    assert.ok(text.includes('  # Disputed by the LGA.\n  - id: c-bbbbbb\n'));
  });

  it('keeps a comment on a value that was edited', () => {
    const parsed = parsedOk(commented);
    const edited = { ...parsed.sidecar, claims: parsed.sidecar.claims.map((claim) => (claim.id === 'c-aaaaaa' ? { ...claim, note: 'changed' } : claim)) };
    assert.ok(serialiseSidecar(edited, parsed.document).includes('    note: changed # ask Sam\n'));
  });

  it('keeps a comment after an empty list on its line', () => {
    const text = 'schema: 1\ndocument: report.txt\noffsets: utf-16\nclaims: [] # none yet\n';
    const parsed = parsedOk(text);
    assert.equal(serialiseSidecar(parsed.sidecar, parsed.document), text);
  });

  it('is stable: what it wrote with comments reads back and writes the same bytes', () => {
    const parsed = parsedOk(commented);
    const once = serialiseSidecar({ ...parsed.sidecar, claims: [...parsed.sidecar.claims, claimOf('c-cccccc', 'third', 90)] }, parsed.document);
    const reparsed = parsedOk(once);
    assert.equal(serialiseSidecar(reparsed.sidecar, reparsed.document), once);
  });
});
