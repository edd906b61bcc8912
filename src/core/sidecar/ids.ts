const ID_PREFIX = 'c-';
const ID_LENGTH = 6;
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
// The largest multiple of the alphabet's size that fits in a byte: bytes at or above it are
// dropped so every character is equally likely.
const UNBIASED_BYTE_LIMIT = 256 - (256 % ALPHABET.length);

/**
 * A random claim id (`c-` and 6 letters or digits, about 2 billion possibilities) that is not in
 * `existing`. Random rather than running ids, so two branches adding claims never pick the same one.
 */
export function newClaimId(existing: ReadonlySet<string>): string {
  for (;;) {
    const id = ID_PREFIX + randomCharacters(ID_LENGTH);
    if (!existing.has(id)) {
      return id;
    }
  }
}

function randomCharacters(count: number): string {
  let result = '';
  const bytes = new Uint8Array(count * 2);
  while (result.length < count) {
    crypto.getRandomValues(bytes);
    for (const byte of bytes) {
      if (byte < UNBIASED_BYTE_LIMIT && result.length < count) {
        result += ALPHABET[byte % ALPHABET.length];
      }
    }
  }
  return result;
}
