import * as fs from 'node:fs';
import * as path from 'node:path';
import { ENTITY_KINDS, FIGURE_KINDS, type EntityKind } from '../../src/core/entities/types';

/** What scoring needs from a gold label or a detected entity. */
export interface LabelledSpan {
  readonly kind: EntityKind;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface GoldDocument {
  readonly name: string;
  readonly text: string;
  readonly entities: readonly LabelledSpan[];
}

/** One document's gold labels set against what the detector found. */
export interface Comparison {
  readonly document: GoldDocument;
  readonly matched: readonly LabelledSpan[];
  readonly misses: readonly LabelledSpan[];
  readonly falsePositives: readonly LabelledSpan[];
}

export interface Score {
  readonly gold: number;
  readonly found: number;
  readonly matched: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export type ScoreRow = EntityKind | 'figures' | 'organisations';

// From out/test/support (compiled) and test/support (source) alike, the checkout is three levels up.
const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
const SEEDS_DIR = path.join(REPO_ROOT, 'seeds');
const GOLD_DIR = path.join(REPO_ROOT, 'test', 'fixtures', 'gold');

/** Reads every hand-labelled seed, checking that each label's text is what its offsets cover. */
export function loadGoldDocuments(goldDir = GOLD_DIR, seedsDir = SEEDS_DIR): GoldDocument[] {
  return fs.readdirSync(goldDir).filter((file) => file.endsWith('.json')).sort().map((file) => {
    const gold = JSON.parse(fs.readFileSync(path.join(goldDir, file), 'utf8')) as { document: string; entities: LabelledSpan[] };
    const text = fs.readFileSync(path.join(seedsDir, gold.document), 'utf8');
    for (const label of gold.entities) {
      if (text.slice(label.start, label.end) !== label.text) {
        throw new Error(`${file}: label "${label.text}" at ${label.start}-${label.end} covers "${text.slice(label.start, label.end)}"`);
      }
    }
    return { name: gold.document, text, entities: gold.entities };
  });
}

const spanKey = (span: LabelledSpan): string => `${span.kind}:${span.start}:${span.end}`;

/** Strict matching: a detection counts only with the same start, end and kind as a gold label. */
export function compareEntities(document: GoldDocument, detected: readonly LabelledSpan[]): Comparison {
  const unmatchedDetections = new Map<string, LabelledSpan[]>();
  for (const span of detected) {
    const key = spanKey(span);
    unmatchedDetections.set(key, [...(unmatchedDetections.get(key) ?? []), span]);
  }
  const matched: LabelledSpan[] = [];
  const misses: LabelledSpan[] = [];
  for (const label of document.entities) {
    const candidates = unmatchedDetections.get(spanKey(label));
    if (candidates?.length) {
      candidates.pop();
      matched.push(label);
    } else {
      misses.push(label);
    }
  }
  const falsePositives = [...unmatchedDetections.values()].flat().sort((a, b) => a.start - b.start);
  return { document, matched, misses, falsePositives };
}

const ROW_KINDS: ReadonlyMap<ScoreRow, readonly EntityKind[]> = new Map<ScoreRow, readonly EntityKind[]>([
  ...ENTITY_KINDS.map((kind): [ScoreRow, readonly EntityKind[]] => [kind, [kind]]),
  ['figures', FIGURE_KINDS],
  ['organisations', ['organisation']],
]);

/** Micro-averaged precision, recall and F1 over all comparisons, per kind and per group. */
export function scoreComparisons(comparisons: readonly Comparison[]): Map<ScoreRow, Score> {
  const scores = new Map<ScoreRow, Score>();
  for (const [row, kinds] of ROW_KINDS) {
    const count = (pick: (comparison: Comparison) => readonly LabelledSpan[]): number =>
      comparisons.reduce((sum, comparison) => sum + pick(comparison).filter((span) => kinds.includes(span.kind)).length, 0);
    const matched = count((comparison) => comparison.matched);
    const gold = matched + count((comparison) => comparison.misses);
    const found = matched + count((comparison) => comparison.falsePositives);
    scores.set(row, score(gold, found, matched));
  }
  return scores;
}

export function score(gold: number, found: number, matched: number): Score {
  // Nothing expected and nothing found is a perfect result, not a division by zero.
  const precision = found === 0 ? (gold === 0 ? 1 : 0) : matched / found;
  const recall = gold === 0 ? (found === 0 ? 1 : 0) : matched / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { gold, found, matched, precision, recall, f1 };
}

export function formatScoreTable(scores: ReadonlyMap<ScoreRow, Score>): string {
  const header = `${'kind'.padEnd(14)}${['gold', 'found', 'match'].map((h) => h.padStart(6)).join('')}${['P', 'R', 'F1'].map((h) => h.padStart(7)).join('')}`;
  const rows = [...scores].map(([row, s]) =>
    `${row.padEnd(14)}${[s.gold, s.found, s.matched].map((n) => String(n).padStart(6)).join('')}` +
    [s.precision, s.recall, s.f1].map((n) => n.toFixed(3).padStart(7)).join(''));
  return [header, ...rows].join('\n');
}

/** `file:line  kind "text"  …context…`, for reading a miss or a false positive without opening the file. */
export function describeSpan(document: GoldDocument, span: LabelledSpan, contextChars = 40): string {
  const line = document.text.slice(0, span.start).split('\n').length;
  const before = document.text.slice(Math.max(0, span.start - contextChars), span.start);
  const after = document.text.slice(span.end, span.end + contextChars);
  const context = `…${before}[${span.text}]${after}…`.replace(/\s+/g, ' ');
  return `${document.name}:${line}  ${span.kind} "${span.text}"  ${context}`;
}

/** Every miss and false positive of the given kinds, one per line, misses first. */
export function describeDisagreements(comparisons: readonly Comparison[], kinds: readonly EntityKind[] = ENTITY_KINDS): string {
  const lines = (title: string, pick: (comparison: Comparison) => readonly LabelledSpan[]): string[] => {
    const described = comparisons.flatMap((comparison) =>
      pick(comparison).filter((span) => kinds.includes(span.kind)).map((span) => `  ${describeSpan(comparison.document, span)}`));
    return described.length ? [`${title} (${described.length}):`, ...described] : [];
  };
  return [...lines('misses', (comparison) => comparison.misses), ...lines('false positives', (comparison) => comparison.falsePositives)].join('\n');
}
