import * as assert from 'node:assert/strict';
import { decodeText } from '../../src/core/decodeText';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part))));

// 0xe9 is é in Latin-1: a lone lead byte, never UTF-8 on its own.
const LATIN1_E_ACUTE = [0xe9];

describe('decodeText', () => {
  it('gives UTF-8 text whole, characters of two, three and four bytes included', () => {
    assert.deepEqual(decodeText(bytes('café – £5.3bn 📈\nline two\n')), { kind: 'text', text: 'café – £5.3bn 📈\nline two\n' });
  });

  it('gives an empty file as empty text', () => {
    assert.deepEqual(decodeText(new Uint8Array()), { kind: 'text', text: '' });
  });

  it('drops a byte-order mark, so offsets count from the first character; one later in the text is kept', () => {
    assert.deepEqual(decodeText(bytes([0xef, 0xbb, 0xbf], 'schema: 1\n')), { kind: 'text', text: 'schema: 1\n' });
    assert.deepEqual(decodeText(bytes('a\n', [0xef, 0xbb, 0xbf], 'b')), { kind: 'text', text: 'a\n\ufeffb' });
  });

  it('names line 1 when the first line holds a byte that is not UTF-8', () => {
    assert.deepEqual(decodeText(bytes('caf', LATIN1_E_ACUTE, '\nfine\n')), { kind: 'notUtf8', line: 1 });
  });

  it('names the first line holding a byte that is not UTF-8, after a byte-order mark and good lines', () => {
    assert.deepEqual(decodeText(bytes([0xef, 0xbb, 0xbf], 'one é\ntwo\nnote: caf', LATIN1_E_ACUTE, '\nfour ', LATIN1_E_ACUTE)), { kind: 'notUtf8', line: 3 });
  });

  it('counts a character cut short before a line feed as on its own line', () => {
    // The first two bytes of €, then a line feed: line 2 is fine, line 1 is not.
    assert.deepEqual(decodeText(bytes([0xe2, 0x82], '\nfine')), { kind: 'notUtf8', line: 1 });
    // A character cut short at the very end.
    assert.deepEqual(decodeText(bytes('one\ntwo\n', [0xf0, 0x9f])), { kind: 'notUtf8', line: 3 });
  });

  it('takes CRLF lines as lines', () => {
    assert.deepEqual(decodeText(bytes('one\r\ntwo\r\nthree ', LATIN1_E_ACUTE, '\r\n')), { kind: 'notUtf8', line: 3 });
  });

  it('calls a file with NUL bytes binary, at the line of the first one, even when it is not UTF-8 either', () => {
    assert.deepEqual(decodeText(bytes([0x00], 'rest')), { kind: 'binary', line: 1 });
    assert.deepEqual(decodeText(bytes('one\ntwo\n\nfour', [0x00], '\n', [0x00])), { kind: 'binary', line: 4 });
    assert.deepEqual(decodeText(bytes(LATIN1_E_ACUTE, '\n', [0x00])), { kind: 'binary', line: 2 });
  });
});
