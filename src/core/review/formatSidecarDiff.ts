import { attributionOf, QuoteAnchor, SidecarClaim } from '../sidecar/types';
import { ClaimChange } from './diffSidecars';

/** The changes to the claims of one sidecar, named by its path (as git names it). */
export interface SidecarDiff {
  readonly path: string;
  readonly changes: readonly ClaimChange[];
}

const QUOTE_SHOWN = 100;

/** A report for people: one block per sidecar, one entry per changed claim with its quote. */
export function formatSidecarDiffs(diffs: readonly SidecarDiff[]): string {
  return diffs.filter((diff) => diff.changes.length > 0).map(formatSidecarDiff).join('\n');
}

function formatSidecarDiff(diff: SidecarDiff): string {
  const lines = [`${diff.path}: ${summary(diff.changes)}`];
  for (const change of diff.changes) {
    lines.push(`  ${change.kinds.join(', ')} ${change.id} ${shownQuote(change.quote)}`);
    lines.push(...changeDetails(change).map((detail) => `      ${detail}`));
  }
  return `${lines.join('\n')}\n`;
}

function summary(changes: readonly ClaimChange[]): string {
  const count = (test: (change: ClaimChange) => boolean): number => changes.filter(test).length;
  const parts = [
    [count((change) => change.kinds.includes('added')), 'added'],
    [count((change) => change.kinds.includes('removed')), 'removed'],
    [count((change) => change.before !== undefined && change.after !== undefined), 'changed'],
  ] as const;
  return parts.filter(([n]) => n > 0).map(([n, what]) => `${n} ${n === 1 ? 'claim' : 'claims'} ${what}`).join(', ');
}

/** What changed in one claim, a short line per part (for an added or removed claim: what it holds). */
export function changeDetails(change: ClaimChange): string[] {
  const { before, after } = change;
  if (after === undefined || before === undefined) {
    const claim = after ?? before;
    return claim ? [`tags: ${claim.tags.join(', ') || '(none)'}`, ...optional('note', claim.note), ...optional('source', attributionOf(claim))] : [];
  }
  const lines: string[] = [];
  if (change.kinds.includes('retagged')) {
    lines.push(`tags: ${[...change.tagsAdded.map((tag) => `+${tag}`), ...change.tagsRemoved.map((tag) => `-${tag}`)].join(' ')}`);
  }
  if (change.kinds.includes('renoted')) {
    lines.push(`note: ${shownValue(before.note)} → ${shownValue(after.note)}`);
  }
  if (change.kinds.includes('resourced')) {
    lines.push(`source: ${shownSource(before, after)} → ${shownSource(after, before)}`);
  }
  if (change.kinds.includes('reanchored')) {
    lines.push(`anchor: ${anchorChange(before.anchor, after.anchor)}`);
  }
  return lines;
}

function optional(key: string, value: string | undefined): string[] {
  return value === undefined ? [] : [`${key}: ${shownValue(value)}`];
}

/** A claim's source on one line; where two read alike and differ only in how source and organisation split it, the split. */
function shownSource(claim: SidecarClaim, other: SidecarClaim): string {
  if (attributionOf(claim) !== attributionOf(other)) return shownValue(attributionOf(claim));
  return `${claim.source === undefined ? 'no source' : `source ${shownQuote(claim.source)}`}, ${claim.organisation === undefined ? 'no organisation' : `organisation ${shownQuote(claim.organisation)}`}`;
}

function anchorChange(before: QuoteAnchor, after: QuoteAnchor): string {
  const at = (anchor: QuoteAnchor): string => `at ${anchor.start}–${anchor.end}`;
  if (before.quote !== after.quote) {
    return `${shownQuote(before.quote)} ${at(before)} → ${shownQuote(after.quote)} ${at(after)}`;
  }
  return before.start !== after.start || before.end !== after.end ? `${at(before)} → ${at(after)}` : 'the text around the quote changed';
}

function shownValue(value: string | undefined): string {
  return value === undefined ? '(none)' : shownQuote(value);
}

/** A quote on one line, in double quotes: runs of white space shown as one space, long quotes cut. */
export function shownQuote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return JSON.stringify(flat.length > QUOTE_SHOWN ? `${flat.slice(0, QUOTE_SHOWN - 1)}…` : flat);
}
