import * as fs from 'node:fs';
import * as path from 'node:path';

const seedsFolder = path.resolve(__dirname, '..', '..', '..', '..', 'seeds');

/** The text of the seed document whose file name starts with `prefix` ("002"). */
export function readSeed(prefix: string): string {
  const name = fs.readdirSync(seedsFolder).find((file) => file.startsWith(prefix) && file.endsWith('.txt'));
  if (!name) throw new Error(`no seed ${prefix}*.txt in ${seedsFolder}`);
  return fs.readFileSync(path.join(seedsFolder, name), 'utf8');
}
