import * as fs from 'node:fs';
import * as path from 'node:path';
import { claimPlacements } from '../src/core/anchoring/placeClaims';
import { anchorQuote, createQuoteAnchor } from '../src/core/anchoring/quoteAnchor';
import { drain } from '../src/core/util/steps';
import type { QuoteAnchor } from '../src/core/sidecar/types';
import { splitParagraphs } from '../src/core/claims/paragraphs';
import { splitSentences } from '../src/core/claims/sentences';

// Time to re-anchor 100 claims in a 1 MB and a 10 MB text: once with the quotes intact (exact),
// once with every quote edited (fuzzy); each claim by itself (anchorQuote, as the editor re-anchors
// one claim), and all placed together (claimPlacements, as opening a document or `check` does: the
// text is read once for the pieces of every quote). Run: npm run compile-tests && node out/bench/anchoring.js

const CLAIMS = 100;
const seedsFolder = path.resolve(__dirname, '..', '..', 'seeds');
const seedText = fs.readdirSync(seedsFolder).filter((name) => name.endsWith('.txt')).sort()
  .map((name) => fs.readFileSync(path.join(seedsFolder, name), 'utf8')).join('\n\n');

/**
 * A text of `size` UTF-16 units in the seeds' words: paragraphs of sentences of words drawn by a
 * fixed pseudo-random sequence (mulberry32), so the run repeats and no sentence recurs (repeated seeds would
 * make every edited quote a look-alike of its unedited copies).
 */
function documentOfSize(size: number): string {
  const words = seedText.split(/\s+/).filter((word) => /^[\p{L}£\d][\p{L}\d.,%’'-]*$/u.test(word));
  let state = 42;
  const next = (below: number): number => {
    state = (state + 0x6d2b79f5) | 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed);
    return ((mixed ^ (mixed >>> 14)) >>> 0) % below;
  };
  const parts: string[] = [];
  let length = 0;
  while (length < size) {
    const sentences = Array.from({ length: 3 + next(4) }, () => {
      const sentence = Array.from({ length: 12 + next(20) }, () => words[next(words.length)]).join(' ');
      return `${sentence[0].toUpperCase()}${sentence.slice(1)}.`;
    });
    const paragraph = `${sentences.join(' ')}\n\n`;
    parts.push(paragraph);
    length += paragraph.length;
  }
  return parts.join('').slice(0, size);
}

/** 100 anchors spread evenly through the text: of sentences, or of whole paragraphs (long quotes, up to 256 errors). */
function anchorsIn(text: string, unit: 'sentence' | 'paragraph'): QuoteAnchor[] {
  const spans = (unit === 'sentence' ? splitSentences(text) : splitParagraphs(text)).filter((span) => span.end - span.start > 60);
  return Array.from({ length: CLAIMS }, (_, index) => {
    const span = spans[Math.floor((index * spans.length) / CLAIMS)];
    return createQuoteAnchor(text, span.start, span.end);
  });
}

/** The text with each anchored quote edited: a word inserted near its middle, and the text before it grown. */
function editedText(text: string, anchors: readonly QuoteAnchor[]): string {
  let edited = text;
  for (const anchor of [...anchors].sort((a, b) => b.start - a.start)) {
    const middle = anchor.start + Math.floor((anchor.end - anchor.start) / 2);
    edited = `${edited.slice(0, anchor.start)}Moved. ${edited.slice(anchor.start, middle)} (edited)${edited.slice(middle)}`;
  }
  return edited;
}

function time(label: string, text: string, anchors: readonly QuoteAnchor[]): void {
  const claims = anchors.map((anchor, index) => ({ id: `c-${index}`, anchor, tags: [] }));
  const ways = [
    ['each alone', () => anchors.map((anchor) => anchorQuote(text, anchor).status)],
    // Without a detector's figures to compare, an edited place is found after an edit whatever it states: timing only.
    ['together', () => drain(claimPlacements(text, claims, () => undefined, () => [])).map((placed) => placed.status)],
  ] as const;
  for (const [way, place] of ways) {
    const started = process.hrtime.bigint();
    const statuses = new Map<string, number>();
    for (const status of place()) statuses.set(status, (statuses.get(status) ?? 0) + 1);
    const milliseconds = Number(process.hrtime.bigint() - started) / 1e6;
    const counts = [...statuses].map(([status, count]) => `${status} ${count}`).join(', ');
    console.log(`${`${label}, ${way}`.padEnd(36)} ${milliseconds.toFixed(0).padStart(7)} ms  (${(milliseconds / anchors.length).toFixed(1)} ms per claim; ${counts})`);
  }
}

for (const size of [1_000_000, 10_000_000]) {
  const text = documentOfSize(size);
  const label = `${size / 1_000_000} MB`;
  const sentences = anchorsIn(text, 'sentence');
  time(`${label}, exact`, `Moved. ${text}`, sentences);
  time(`${label}, fuzzy`, editedText(text, sentences), sentences);
  const paragraphs = anchorsIn(text, 'paragraph');
  time(`${label}, fuzzy paragraphs`, editedText(text, paragraphs), paragraphs);
}
