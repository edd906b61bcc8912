import * as fs from 'node:fs';
import * as path from 'node:path';

const seedsFolder = path.resolve(__dirname, '..', '..', 'seeds');

/** The seeds' paragraphs, in order. */
const seedParagraphs = fs.readdirSync(seedsFolder).filter((name) => name.endsWith('.txt')).sort()
  .flatMap((name) => fs.readFileSync(path.join(seedsFolder, name), 'utf8').split(/\n[ \t]*\r?\n/))
  .filter((paragraph) => paragraph.trim() !== '');

/** A lower-case word unique to `n` ("b", "c", … "ba", …): it adds no entity to a paragraph. */
export function uniqueWord(n: number): string {
  let word = '';
  do {
    word = String.fromCharCode(97 + (n % 26)) + word;
    n = Math.floor(n / 26);
  } while (n > 0);
  return `q${word}`;
}

/**
 * A document of about `size` code units whose paragraphs are all distinct, unlike the seeds
 * repeated: copy `k` of a seed paragraph has its digits rotated by `k` and a word of its own, so
 * that no cache keyed by paragraph text can serve one copy from another.
 */
export function distinctDocument(size: number): { text: string; paragraphs: number } {
  const parts: string[] = [];
  let length = 0;
  for (let n = 0; length < size; n++) {
    const copy = Math.floor(n / seedParagraphs.length);
    const seed = seedParagraphs[n % seedParagraphs.length];
    const paragraph = `${uniqueWord(n)} ${seed.replace(/\d/g, (digit) => String((Number(digit) + copy) % 10))}`;
    parts.push(paragraph);
    length += paragraph.length + 2;
  }
  return { text: parts.join('\n\n'), paragraphs: parts.length };
}
