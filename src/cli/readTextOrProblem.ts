import { promises as fs } from 'node:fs';

/** A file's text, or that it is missing, or in a few words why it cannot be read as text. */
export type TextOrProblem =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'missing' }
  | { readonly kind: 'problem'; readonly problem: string };

/** Larger than any report or sidecar a person writes: said in one line rather than read. */
const MAX_TEXT_BYTES = 256 * 1024 * 1024;

/**
 * Reads a text file for the command line. A folder, a symlink loop, an unreadable, binary, huge or
 * not UTF-8 file is a short problem (never its bytes), so one bad file does not stop the work on
 * the others. A byte-order mark is dropped, so offsets count from the first character, as in the
 * editor.
 */
export async function readTextOrProblem(file: string): Promise<TextOrProblem> {
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) return { kind: 'problem', problem: 'is a folder, not a file' };
    if (!stat.isFile()) return { kind: 'problem', problem: 'is not a regular file' };
    if (stat.size > MAX_TEXT_BYTES) return { kind: 'problem', problem: `is too large to check (${Math.round(stat.size / 1024 / 1024)} MB)` };
    const bytes = await fs.readFile(file);
    if (bytes.includes(0)) return { kind: 'problem', problem: 'is a binary file, not text (it holds NUL bytes)' };
    try {
      return { kind: 'text', text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
    } catch {
      return { kind: 'problem', problem: 'is not valid UTF-8 text' };
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { kind: 'missing' };
    if (code === 'ELOOP') return { kind: 'problem', problem: 'cannot be read: it is a symbolic link that leads back to itself' };
    return { kind: 'problem', problem: `cannot be read: ${code ?? (error as Error).message}` };
  }
}
