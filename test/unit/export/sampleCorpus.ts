import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createQuoteAnchor } from '../../../src/core/anchoring/quoteAnchor';
import { serialiseSidecar } from '../../../src/core/sidecar/serialise';
import { SidecarClaim } from '../../../src/core/sidecar/types';
import { CliIo } from '../../../src/cli/io';

/** An emoji (two UTF-16 units, one code point) stands before the claims, so the two counts differ. */
export const REPORT_TEXT = 'Intro 😀 line.\nThe National Audit Office found £5.3bn, "mostly" wasted.\nEnd of the report.\n';
export const REPORT_CLAIM = 'The National Audit Office found £5.3bn, "mostly" wasted.';
/** Commas, quotes and a line break: what a CSV writer most often gets wrong. */
export const TRICKY_NOTE = 'Says "mostly", not all,\nper the NAO; check it';
/** Windows line breaks before the claim: the QDA source is written with \n, positions to match. */
export const NOTES_TEXT = 'First line\r\nSecond line\r\nThe Nuffield Trust said 90 per cent agree.\r\n';
export const NOTES_CLAIM = 'The Nuffield Trust said 90 per cent agree.';

export function claimOn(id: string, text: string, quote: string, extra: Partial<SidecarClaim> = {}): SidecarClaim {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`the sample lacks ${quote}`);
  return { id, anchor: createQuoteAnchor(text, start, start + quote.length), tags: ['finding'], ...extra };
}

export function writeDocument(folder: string, relative: string, text: string, claims: readonly SidecarClaim[]): void {
  const file = path.join(folder, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  fs.writeFileSync(`${file}.annotations.yaml`, serialiseSidecar({ schema: 1, document: path.basename(file), offsets: 'utf-16', claims }));
}

/** A folder with two annotated documents (one in a subfolder) and one claim whose text is gone. */
export function writeSampleCorpus(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'pa-export-'));
  writeDocument(folder, 'report.txt', REPORT_TEXT, [
    claimOn('c-nao001', REPORT_TEXT, REPORT_CLAIM, { tags: ['finding', 'disputed'], note: TRICKY_NOTE, source: 'National Audit Office' }),
    { id: 'c-gone01', anchor: { quote: 'A sentence deleted since it was tagged.', prefix: '', suffix: '', start: 0, end: 39 }, tags: ['opinion'] },
  ]);
  writeDocument(folder, 'notes/other.md', NOTES_TEXT, [claimOn('c-nuf001', NOTES_TEXT, NOTES_CLAIM, { tags: ['estimate', 'my-own-tag'], source: 'Jane Roe', organisation: 'Nuffield Trust' })]);
  return folder;
}

export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function runIn(cwd: string, command: (args: string[], io: CliIo) => Promise<number>, args: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { cwd, env: process.env, stdout: { write: (text: string) => (stdout += text) }, stderr: { write: (text: string) => (stderr += text) } };
  const code = await command(args, io);
  return { code, stdout, stderr };
}

/** Code points `start`..`end` (end exclusive) of `text`. */
export function codePointSlice(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}
