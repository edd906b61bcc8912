import { promises as fs } from 'node:fs';
import { decodeText } from '../core/decodeText';

/** A file's text, or that it is missing, or in a few words why it cannot be read as text. */
export type TextOrProblem =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'missing' }
  /** `line`: where in the file the problem shows (1 when it is the file as a whole). */
  | { readonly kind: 'problem'; readonly problem: string; readonly line: number };

/** A problem with the file as a whole, said at its first line. */
function wholeFile(problem: string): TextOrProblem {
  return { kind: 'problem', problem, line: 1 };
}

/** Larger than any report or sidecar a person writes: said in one line rather than read. */
const MAX_TEXT_BYTES = 256 * 1024 * 1024;

/**
 * Reads a text file for the command line (decodeText). A folder, a symlink loop, an unreadable,
 * binary, huge or not UTF-8 file is a short problem (never its bytes), so one bad file does not
 * stop the work on the others.
 */
export async function readTextOrProblem(file: string): Promise<TextOrProblem> {
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) return wholeFile('is a folder, not a file');
    if (!stat.isFile()) return wholeFile('is not a regular file');
    if (stat.size > MAX_TEXT_BYTES) return wholeFile(`is too large to check (${Math.round(stat.size / 1024 / 1024)} MB)`);
    const decoded = decodeText(await fs.readFile(file));
    switch (decoded.kind) {
      case 'text':
        return decoded;
      case 'binary':
        return { kind: 'problem', problem: `is a binary file, not text (it holds NUL bytes, the first on line ${decoded.line})`, line: decoded.line };
      case 'notUtf8':
        return { kind: 'problem', problem: `is not valid UTF-8 text (the first bad byte is on line ${decoded.line})`, line: decoded.line };
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { kind: 'missing' };
    if (code === 'ELOOP') return wholeFile('cannot be read: it is a symbolic link that leads back to itself');
    return wholeFile(`cannot be read: ${code ?? (error as Error).message}`);
  }
}
