import * as vscode from 'vscode';
import { SidecarClaim } from '../../core/sidecar/types';
import { Span } from '../../core/textDocument';

const SUMMARY_WORDS = 8;

/** The claim's first few words, for labels and outline entries. */
export function firstWords(claim: SidecarClaim, count = SUMMARY_WORDS): string {
  const words = claim.anchor.quote.trim().split(/\s+/);
  return words.length > count ? `${words.slice(0, count).join(' ')}…` : words.join(' ');
}

/** "finding · disputed — NAO": the tags, then the source. */
export function tagsAndSource(claim: SidecarClaim): string {
  const tags = claim.tags.length > 0 ? claim.tags.join(' · ') : 'no tags';
  return claim.source ? `${tags} — ${claim.source}` : tags;
}

export function rangeOf(document: vscode.TextDocument, span: Span): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}

export function spanOf(document: vscode.TextDocument, range: vscode.Range): Span {
  return { start: document.offsetAt(range.start), end: document.offsetAt(range.end) };
}
