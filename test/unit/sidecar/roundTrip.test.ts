import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseSidecar } from '../../../src/core/sidecar/parse';
import { serialiseSidecar } from '../../../src/core/sidecar/serialise';
import { sortClaims } from '../../../src/core/sidecar/sort';
import { Sidecar, SidecarClaim } from '../../../src/core/sidecar/types';

// Strings YAML is known to misread when written carelessly, mixed with arbitrary Unicode text.
const awkward = fc.constantFrom(
  'yes', 'no', 'null', '~', 'true', 'False', '1.0', '0x1F', '1e3', '.inf', '2015-16', '2017-01-01',
  'a: b', 'key:', '- item', '#hash', 'x # y', '"double"', "'single'", '[flow]', '{map}', '&anchor', '*alias',
  '!tag', '%directive', '---', '...', '@at', '`tick`', '|', '>', '?', ' leading', 'trailing ', '\n', 'a\nb',
  'a \n b', '\r\n', '\t', '😀', '👩‍👩‍👧', '£5.3bn', '\u00a0', '\u2028', '\u0085', '\ufeff', '\u0000', '\\',
);
const text = fc.oneof(
  awkward,
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.array(fc.oneof(awkward, fc.string({ maxLength: 5 })), { maxLength: 4 }).map((parts) => parts.join('')),
);
const nonEmptyText = text.filter((value) => value.length > 0);

const claim: fc.Arbitrary<SidecarClaim> = fc.record({
  id: fc.stringMatching(/^c-[a-z0-9]{6}$/),
  quote: nonEmptyText,
  prefix: text,
  suffix: text,
  start: fc.nat({ max: 1_000_000 }),
  length: fc.nat({ max: 10_000 }),
  tags: fc.uniqueArray(nonEmptyText, { maxLength: 4 }),
  note: fc.option(text, { nil: undefined }),
  source: fc.option(text, { nil: undefined }),
  organisation: fc.option(nonEmptyText, { nil: undefined }),
}).map(({ id, quote, prefix, suffix, start, length, tags, note, source, organisation }) => ({
  id,
  anchor: { quote, prefix, suffix, start, end: start + length },
  tags,
  ...(note === undefined ? {} : { note }),
  ...(source === undefined ? {} : { source }),
  ...(organisation === undefined ? {} : { organisation }),
}));

const sidecar: fc.Arbitrary<Sidecar> = fc.record({
  document: nonEmptyText.filter((name) => !/[/\\]/.test(name)),
  claims: fc.uniqueArray(claim, { selector: (each) => each.id, maxLength: 6 }),
}).map(({ document, claims }) => ({ schema: 1, document, offsets: 'utf-16', claims }));

describe('sidecar round trip (property)', () => {
  it('reads back exactly what it wrote, and writes the same bytes again', () => {
    fc.assert(fc.property(sidecar, (original) => {
      const written = serialiseSidecar(original);
      const parsed = parseSidecar(written);
      assert.ok(parsed.ok, `did not parse:\n${written}\n${JSON.stringify(parsed.ok ? [] : parsed.problems)}`);
      assert.deepEqual(parsed.sidecar, { ...original, claims: sortClaims(original.claims) });
      assert.equal(serialiseSidecar(parsed.sidecar, parsed.document), written);
      assert.equal(serialiseSidecar(parsed.sidecar), written);
    }), { numRuns: 500 });
  });

  it('keeps a comment above a claim through a save that adds another claim', () => {
    const withClaims = sidecar.filter((each) => each.claims.length > 0);
    const comment = fc.stringMatching(/^[\w ,.:;'"#()£%-]{0,40}[\w.]$/);
    fc.assert(fc.property(withClaims, fc.nat(), comment, claim, (original, pick, words, added) => {
      const target = sortClaims(original.claims)[pick % original.claims.length];
      fc.pre(original.claims.every((each) => each.id !== added.id));
      const commented = serialiseSidecar(original).replace(`  - id: ${target.id}\n`, `  # ${words}\n  - id: ${target.id}\n`);
      const parsed = parseSidecar(commented);
      assert.ok(parsed.ok);
      const saved = serialiseSidecar({ ...parsed.sidecar, claims: [...parsed.sidecar.claims, added] }, parsed.document);
      assert.ok(saved.includes(`  # ${words}\n  - id: ${target.id}\n`), saved);
      const reparsed = parseSidecar(saved);
      assert.ok(reparsed.ok);
      assert.equal(serialiseSidecar(reparsed.sidecar, reparsed.document), saved);
    }), { numRuns: 300 });
  });

  it('writes UTF-16 halves of a split emoji as escapes, so the file is valid UTF-8 and reads back the same', () => {
    const split = { id: 'c-aaaaaa', anchor: { quote: 'x\ud83d', prefix: '\ude00y', suffix: '', start: 0, end: 2 }, tags: [] };
    const written = serialiseSidecar({ schema: 1, document: 'a.txt', offsets: 'utf-16', claims: [split] });
    assert.equal(Buffer.from(written, 'utf8').toString('utf8'), written);
    const parsed = parseSidecar(written);
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.sidecar.claims, [split]);
  });
});
