import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseSidecar } from '../../../src/core/sidecar/parse';
import { serialiseSidecar } from '../../../src/core/sidecar/serialise';
import { sortClaims } from '../../../src/core/sidecar/sort';
import { claim, sidecar } from './arbitraries';

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
