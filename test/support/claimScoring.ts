import * as fs from 'node:fs';
import * as path from 'node:path';
import { detectEntities } from '../../src/core/entities/detectEntities';
import type { NamedValue } from '../../src/core/entities/types';
import { score, type Score } from './entityScoring';
import { pairByOverlap } from '../../src/core/util/pairByOverlap';
import type { Span } from '../../src/core/textDocument';

/** Who made a claim, as the gold labels and `policy-annotator claims --json` both write it. */
export interface SourceLabel {
  readonly person: string | null;
  readonly organisation: string | null;
}

export interface ClaimLabel {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly source: SourceLabel | null;
  readonly checkworthy: boolean;
}

export interface ClaimGoldDocument {
  readonly name: string;
  readonly text: string;
  readonly claims: readonly ClaimLabel[];
}

/** A claim the finder offered. */
export interface FoundClaim {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly score: number;
  readonly source: SourceLabel | null;
}

export interface ClaimComparison {
  readonly document: ClaimGoldDocument;
  readonly pairs: readonly { readonly gold: ClaimLabel; readonly found: FoundClaim; readonly sourceRight: boolean }[];
  readonly misses: readonly ClaimLabel[];
  readonly falsePositives: readonly FoundClaim[];
}

export interface ClaimScores {
  readonly all: Score;
  readonly checkworthy: Score;
  /** Exact spans only (first to last character), for how often the sentence is cut as the labeller cut it. */
  readonly exactSpans: Score;
  /** Of the claims found (matched), how many have the right source, null included. */
  readonly sourceOfFound: Ratio;
  /** Of the claims found whose gold label names a source, how many have the right one. */
  readonly sourceOfAttributed: Ratio;
}

export interface Ratio { readonly right: number; readonly of: number; readonly ratio: number }

/** Reads label files (`{document, claims: [{start, end, text, source, checkworthy}]}`), checking each label's text is what its offsets cover. */
export function loadClaimGold(goldDir: string, docsDir: readonly string[]): ClaimGoldDocument[] {
  return fs.readdirSync(goldDir).filter((file) => file.endsWith('.json')).sort().map((file) => {
    const gold = JSON.parse(fs.readFileSync(path.join(goldDir, file), 'utf8')) as { document: string; claims: ClaimLabel[] };
    const folder = docsDir.find((dir) => fs.existsSync(path.join(dir, gold.document)));
    if (!folder) throw new Error(`${file}: document ${gold.document} is in none of ${docsDir.join(', ')}`);
    const text = fs.readFileSync(path.join(folder, gold.document), 'utf8');
    for (const label of gold.claims) {
      if (text.slice(label.start, label.end) !== label.text) {
        throw new Error(`${file}: label "${label.text}" at ${label.start}-${label.end} covers "${text.slice(label.start, label.end)}"`);
      }
    }
    return { name: gold.document, text, claims: gold.claims };
  });
}

/** How much of the shorter of two spans they share for them to be the same claim: sentence cuts differ at the edges. */
const MIN_SHARED_OF_SHORTER = 0.5;

/**
 * One-to-one matching, largest overlaps first: a found claim and a gold claim match when they
 * share at least half of the shorter of the two.
 */
export function compareClaims(document: ClaimGoldDocument, found: readonly FoundClaim[]): ClaimComparison {
  const spanOf = (claim: ClaimLabel | FoundClaim): Span => claim;
  const matched = pairByOverlap(document.claims, found, spanOf, spanOf, (shared, x, y) => shared >= MIN_SHARED_OF_SHORTER * Math.min(x.end - x.start, y.end - y.start));
  const pairs = matched.pairs.map(([gold, claim]) => ({ gold, found: claim, sourceRight: sameSource(gold.source, claim.source) }));
  pairs.sort((a, b) => a.gold.start - b.gold.start);
  return { document, pairs, misses: matched.onlyA, falsePositives: matched.onlyB };
}

/**
 * Whether the finder named the source the labeller named. Names are compared normalised (case,
 * titles, "the", punctuation; an organisation by the canonical name the detector gives it, so an
 * acronym matches its full name). Both people named: the same surname. Otherwise both
 * organisations named: the same organisation. A person against an organisation alone, or a source
 * against none, is wrong.
 */
export function sameSource(gold: SourceLabel | null, found: SourceLabel | null): boolean {
  if (gold === null || found === null) return gold === found;
  if (gold.person && found.person) return surname(gold.person) === surname(found.person);
  if (gold.organisation && found.organisation) return sameOrganisation(gold.organisation, found.organisation);
  return false;
}

const TITLES = /^(?:sir|dame|lord|lady|baroness|baron|professor|prof|dr|mr|mrs|ms|mx|miss|cllr|rev|revd)\.?$/;

function words(name: string): string[] {
  return name.toLowerCase().replace(/[’']s\b/g, '').replace(/[^\p{L}\p{N}&\s]/gu, ' ').split(/\s+/).filter((word) => word && word !== 'the');
}

function surname(person: string): string {
  const parts = words(person).filter((word) => !TITLES.test(word));
  return parts[parts.length - 1] ?? '';
}

function sameOrganisation(a: string, b: string): boolean {
  const [first, second] = [canonicalOrganisation(a), canonicalOrganisation(b)];
  // An acronym is checked against the name as written too: the detector's canonical name may be longer ("Office of the …").
  const written = (name: string): string => words(name).join(' ');
  return first === second || first.includes(second) || second.includes(first)
    || isAcronymOf(a, second) || isAcronymOf(b, first) || isAcronymOf(a, written(b)) || isAcronymOf(b, written(a));
}

/** "PBO" for "parliamentary budget officer": the initials of the name's words, small words left out. */
function isAcronymOf(acronym: string, words: string): boolean {
  const initials = words.trim().split(' ').filter((word) => !['of', 'for', 'and', 'on', 'in', '&'].includes(word)).map((word) => word[0]).join('');
  return /^\p{Lu}{2,}$/u.test(acronym.trim()) && initials === acronym.trim().toLowerCase();
}

/** The detector's canonical name when it knows the organisation, else the words of the name. */
function canonicalOrganisation(name: string): string {
  const known = detectEntities(name).find((entity) => entity.kind === 'organisation' && entity.end - entity.start >= name.trim().length * 0.6);
  const canonical = known ? (known.value as NamedValue).name : name;
  return ` ${words(canonical).join(' ')} `;
}

export function scoreClaims(comparisons: readonly ClaimComparison[], minScore = -Infinity): ClaimScores {
  const kept = comparisons.map((comparison) => ({
    ...comparison,
    pairs: comparison.pairs.filter((pair) => pair.found.score >= minScore),
    misses: [...comparison.misses, ...comparison.pairs.filter((pair) => pair.found.score < minScore).map((pair) => pair.gold)],
    falsePositives: comparison.falsePositives.filter((claim) => claim.score >= minScore),
  }));
  const pairs = kept.flatMap((comparison) => comparison.pairs);
  const misses = kept.flatMap((comparison) => comparison.misses);
  const falsePositives = kept.flatMap((comparison) => comparison.falsePositives);
  const found = pairs.length + falsePositives.length;
  const checkworthyPairs = pairs.filter((pair) => pair.gold.checkworthy).length;
  const exact = pairs.filter((pair) => pair.gold.start === pair.found.start && pair.gold.end === pair.found.end).length;
  const attributed = pairs.filter((pair) => pair.gold.source !== null);
  return {
    all: score(pairs.length + misses.length, found, pairs.length),
    checkworthy: score(checkworthyPairs + misses.filter((miss) => miss.checkworthy).length, found, checkworthyPairs),
    exactSpans: score(pairs.length + misses.length, found, exact),
    sourceOfFound: ratio(pairs.filter((pair) => pair.sourceRight).length, pairs.length),
    sourceOfAttributed: ratio(attributed.filter((pair) => pair.sourceRight).length, attributed.length),
  };
}

function ratio(right: number, of: number): Ratio {
  return { right, of, ratio: of === 0 ? 1 : right / of };
}

export function formatClaimScores(scores: ClaimScores): string {
  const row = (name: string, s: Score) => `${name.padEnd(26)}${[s.gold, s.found, s.matched].map((n) => String(n).padStart(6)).join('')}`
    + [s.precision, s.recall, s.f1].map((n) => n.toFixed(3).padStart(7)).join('');
  const share = (name: string, r: Ratio) => `${name.padEnd(26)}${`${r.right}/${r.of}`.padStart(18)}${r.ratio.toFixed(3).padStart(7)}`;
  return [
    `${''.padEnd(26)}${['gold', 'found', 'match'].map((h) => h.padStart(6)).join('')}${['P', 'R', 'F1'].map((h) => h.padStart(7)).join('')}`,
    row('claims', scores.all),
    `${'checkworthy claims'.padEnd(26)}${[scores.checkworthy.gold, '', scores.checkworthy.matched].map((n) => String(n).padStart(6)).join('')}${'—'.padStart(7)}${scores.checkworthy.recall.toFixed(3).padStart(7)}${'—'.padStart(7)}`,
    row('exact spans', scores.exactSpans),
    share('source right, found', scores.sourceOfFound),
    share('source right, attributed', scores.sourceOfAttributed),
  ].join('\n');
}

/** Misses, false positives and wrong sources, one per line, for reading what went wrong. */
export function describeClaimDisagreements(comparisons: readonly ClaimComparison[]): string {
  const shown = (source: SourceLabel | null) => (source === null ? 'none' : [source.person, source.organisation].filter(Boolean).join(', '));
  const line = (document: ClaimGoldDocument, start: number, text: string) => `  ${document.name}:${document.text.slice(0, start).split('\n').length}  ${JSON.stringify(text.replace(/\s+/g, ' ').slice(0, 140))}`;
  const misses = comparisons.flatMap((c) => c.misses.map((miss) => `${line(c.document, miss.start, miss.text)}${miss.checkworthy ? '  [checkworthy]' : ''}`));
  const falsePositives = comparisons.flatMap((c) => c.falsePositives.map((claim) => `${line(c.document, claim.start, claim.text)}  score ${claim.score}`));
  const wrongSources = comparisons.flatMap((c) => c.pairs.filter((pair) => !pair.sourceRight)
    .map((pair) => `${line(c.document, pair.gold.start, pair.gold.text)}\n      gold: ${shown(pair.gold.source)} | found: ${shown(pair.found.source)}`));
  return [`misses (${misses.length}):`, ...misses, `false positives (${falsePositives.length}):`, ...falsePositives, `wrong sources (${wrongSources.length}):`, ...wrongSources].join('\n');
}
