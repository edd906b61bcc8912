import * as assert from 'node:assert/strict';
import { atEnd } from '../../../src/core/claims/atEnd';

describe('atEnd', () => {
  const patterns = [/[’']s\s+$/, /\b(?:which|that|whom|as)\s+$/i, /(?:^|[^\p{L}])(\p{Lu}{2,6})\s*$/u, /(?:\s*\([^()]{1,40}\)|\s*,[^,]{1,100},|\s+(?:has|also))+\s*$/u];
  const texts = ['', 'the department’s ', 'the change which ', 'THE CHANGE AS  ', 'FIAB ', 'the FIAB', 'Ofwat (the regulator) has also ', 'Ofwat, the regulator, ', 'a, b', 'x (y) z '];

  it('says whether its pattern matches at the end of a text, and gives the match, as the pattern does', () => {
    for (const pattern of patterns) {
      const backwards = atEnd(pattern);
      for (const text of texts) {
        assert.equal(backwards.test(text), pattern.test(text), `${pattern} on ${JSON.stringify(text)}`);
        assert.deepEqual(backwards.exec(text), pattern.exec(text), `${pattern} on ${JSON.stringify(text)}`);
      }
    }
  });

  it('refuses a pattern not anchored at the end, or global', () => {
    for (const pattern of [/abc/, /abc\$/, /abc$/g, /abc$/y]) assert.throws(() => atEnd(pattern), /atEnd/);
  });
});
