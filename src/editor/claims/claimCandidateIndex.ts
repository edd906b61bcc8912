import * as vscode from 'vscode';
import { ClaimCandidate, ClaimCandidateFinder } from '../../core/claims/claimCandidates';
import { Entity } from '../../core/entities/types';
import type { Span } from '../../core/textDocument';
import { DocumentEntities } from '../documentEntities';
import { Disposable } from '../util/dispose';
import { timed } from '../util/timing';
import { isLargeDocument } from '../util/largeDocument';
import { isBlankLine, paragraphEndLine, paragraphStartLine } from '../util/paragraphLines';

/**
 * How many paragraphs before and after a window are analysed only as its context, and whether the
 * document's lead is too (LEAD_PARAGRAPHS: whether it reports a body's findings decides whom the
 * sentences that name no source are given to, anywhere in the document).
 */
export interface Reach {
  readonly before: number;
  readonly after: number;
  readonly lead: boolean;
  /**
   * Whether, while a large document's scan is under way (opening, or typing not yet paused), the
   * entities of a first look at the windows may stand in for it: the lenses do, so they show with
   * the editor and are asked for again when the scan is done; tagging waits for the scan.
   */
  readonly firstLook: boolean;
}
/**
 * For the lenses: a quotation left open, a lead-in before a list, a body a sentence reports on
 * carry over a few paragraphs, which is all a paragraph's count of candidates depends on.
 */
export const LENS_REACH: Reach = { before: 8, after: 0, lead: false, firstLook: true };
/**
 * For tagging, whose candidates carry their source: "the report" can refer back to its author
 * many paragraphs earlier, and a lead can name its source a little later.
 */
export const SOURCE_REACH: Reach = { before: 300, after: 8, lead: true, firstLook: false };
/** Windows whose candidates are kept per document version: scrolling back a little finds them again, a long read does not pile them up. */
const KEPT_WINDOWS = 8;
/** The paragraphs that hold a document's lead (its first two statements, after a title, a byline, a date). */
const LEAD_PARAGRAPHS = 8;
/** A paragraph with no blank line for this many lines is cut there (a document with no blank lines at all). */
const MAX_PARAGRAPH_LINES = 2_000;

interface DocumentCandidates {
  /** One finder per document: its per-sentence cache makes the next version, or the next window, cheap. */
  readonly finder: ClaimCandidateFinder;
  version: number;
  /** The entity list the candidates were found with: a new one (say, after the organisation lists changed) means finding again. */
  entities: readonly Entity[] | undefined;
  /** Candidates of this version by the window (or whole document) they were found for. */
  readonly found: Map<string, readonly ClaimCandidate[]>;
}

/**
 * Claim candidates of each open document, computed once per document version and entity scan:
 * of the whole text for a small document, else (`isLargeDocument`) of the paragraphs around the
 * spans asked about (see `near`), so that neither opening nor typing costs in proportion to the
 * document.
 */
export class ClaimCandidateIndex extends Disposable {
  private readonly documents = new Map<string, DocumentCandidates>();

  constructor(private readonly entities: DocumentEntities) {
    super();
    this._register(vscode.workspace.onDidCloseTextDocument((document) => this.documents.delete(document.uri.toString())));
  }

  /**
   * The candidates of every paragraph that `spans` touch, in document order, found with `reach`
   * paragraphs of context: all the document's when it is not large. Undefined when cancelled.
   */
  public async near(document: vscode.TextDocument, spans: readonly Span[], reach: Reach, token?: vscode.CancellationToken): Promise<readonly ClaimCandidate[] | undefined> {
    if (!isLargeDocument(document)) {
      const entities = await timed('claims:entities', () => this.entities.whenReady(document, token));
      if (token?.isCancellationRequested || document.isClosed) return undefined;
      const state = this.stateOf(document, entities);
      return this.found(state, 'all', () => state.finder.find(document.getText(), entities));
    }
    const windows = mergedWindows(spans.map((span) => paragraphWindow(document, span, reach)));
    const entities = reach.firstLook
      ? this.entities.peek(document) ?? this.entities.firstLook(document, windows.flatMap(piecesOf))
      : await timed('claims:entities', () => this.entities.whenReady(document, token));
    if (token?.isCancellationRequested || document.isClosed) return undefined;
    const state = this.stateOf(document, entities);
    return windows.flatMap((window) => this.found(state, Object.values(window).join(':'), () => windowCandidates(state.finder, document, window, entities)));
  }

  private stateOf(document: vscode.TextDocument, entities: readonly Entity[]): DocumentCandidates {
    const key = document.uri.toString();
    let state = this.documents.get(key);
    if (!state) {
      state = { finder: new ClaimCandidateFinder(), version: -1, entities: undefined, found: new Map() };
      this.documents.set(key, state);
    }
    if (state.version !== document.version || state.entities !== entities) {
      state.found.clear();
      state.version = document.version;
      state.entities = entities;
    }
    return state;
  }

  private found(state: DocumentCandidates, key: string, find: () => readonly ClaimCandidate[]): readonly ClaimCandidate[] {
    let candidates = state.found.get(key);
    if (!candidates) {
      candidates = timed('claims:candidates', find);
      state.found.set(key, candidates);
      // The map keeps the order they were found in: forget the oldest.
      if (state.found.size > KEPT_WINDOWS) state.found.delete(state.found.keys().next().value!);
    }
    return candidates;
  }
}

/**
 * The paragraphs a window covers (`start`, `end`: whole paragraphs from the span's first line to
 * its last) and the context around them (`contextStart`, `contextEnd`: the paragraphs its reach
 * takes in), as offsets.
 */
interface Window {
  readonly contextStart: number;
  readonly start: number;
  readonly end: number;
  readonly contextEnd: number;
  /** Where the document's lead ends, when it is analysed too and lies before `contextStart`. */
  readonly leadEnd?: number;
}

function paragraphWindow(document: vscode.TextDocument, span: Span, reach: Reach): Window {
  const isBlank = (line: number): boolean => isBlankLine(document, line);
  const paragraphStart = (line: number): number => paragraphStartLine(document, line, MAX_PARAGRAPH_LINES);
  const paragraphEnd = (line: number): number => paragraphEndLine(document, line, MAX_PARAGRAPH_LINES);
  const startLine = paragraphStart(document.positionAt(span.start).line);
  let contextLine = startLine;
  for (let paragraphs = 0; paragraphs < reach.before && contextLine > 0; paragraphs++) {
    let line = contextLine - 1;
    while (line > 0 && isBlank(line)) line--;
    contextLine = paragraphStart(line);
  }
  /** The last line of the `count`-th paragraph after the one that ends at `line`. */
  const paragraphsOn = (line: number, count: number): number => {
    for (let paragraphs = 0; paragraphs < count && line < document.lineCount - 1; paragraphs++) {
      let next = line + 1;
      while (next < document.lineCount - 1 && isBlank(next)) next++;
      line = paragraphEnd(next);
    }
    return line;
  };
  const endLine = paragraphEnd(Math.max(startLine, document.positionAt(span.end).line));
  const lineEnd = (line: number): number => document.offsetAt(document.lineAt(line).range.end);
  const contextStart = document.offsetAt(new vscode.Position(contextLine, 0));
  const leadEnd = reach.lead ? lineEnd(paragraphsOn(paragraphEnd(0), LEAD_PARAGRAPHS - 1)) : undefined;
  return {
    contextStart,
    start: document.offsetAt(new vscode.Position(startLine, 0)),
    end: lineEnd(endLine),
    contextEnd: lineEnd(paragraphsOn(endLine, reach.after)),
    ...(leadEnd !== undefined && leadEnd < contextStart ? { leadEnd } : {}),
  };
}

/** Windows in document order, overlapping ones merged. */
function mergedWindows(windows: readonly Window[]): Window[] {
  const merged: Window[] = [];
  for (const window of [...windows].sort((a, b) => a.start - b.start)) {
    const last = merged.at(-1);
    if (last && window.contextStart <= last.end) merged[merged.length - 1] = { ...last, end: Math.max(last.end, window.end), contextEnd: Math.max(last.contextEnd, window.contextEnd) };
    else merged.push(window);
  }
  return merged;
}

/** The stretches of text the finder reads for a window: the lead when it is analysed, then the window with its context. */
function piecesOf(window: Window): Span[] {
  return [...(window.leadEnd === undefined ? [] : [{ start: 0, end: window.leadEnd }]), { start: window.contextStart, end: window.contextEnd }];
}

/**
 * The candidates of the window's paragraphs: the finder runs over the text of the window and its
 * context, with the document's entities there, and only the window's own paragraphs count.
 */
function windowCandidates(finder: ClaimCandidateFinder, document: vscode.TextDocument, window: Window, entities: readonly Entity[]): ClaimCandidate[] {
  const pieces = piecesOf(window);
  // The pieces joined by a blank line, so each stays paragraphs of its own; the window is in the last.
  let text = '';
  let offset = 0;
  const within: Entity[] = [];
  for (const piece of pieces) {
    if (text !== '') text += '\n\n';
    offset = piece.start - text.length;
    text += document.getText(new vscode.Range(document.positionAt(piece.start), document.positionAt(piece.end)));
    within.push(...entitiesWithin(entities, piece.start, piece.end).map((entity) => shifted(entity, -offset)));
  }
  return finder.find(text, within)
    .filter((candidate) => candidate.paragraph.start + offset >= window.start && candidate.paragraph.start + offset < window.end)
    .map((candidate) => ({
      ...shifted(candidate, offset),
      paragraph: shifted(candidate.paragraph, offset),
      figures: candidate.figures.map((figure) => shifted(figure, offset)),
    }));
}

/** The entities lying wholly in [start, end), found by binary search in the document-ordered list. */
function entitiesWithin(entities: readonly Entity[], start: number, end: number): Entity[] {
  let low = 0;
  for (let high = entities.length; low < high;) {
    const middle = (low + high) >>> 1;
    if (entities[middle].start < start) low = middle + 1;
    else high = middle;
  }
  const within: Entity[] = [];
  for (let index = low; index < entities.length && entities[index].start < end; index++) {
    if (entities[index].end <= end) within.push(entities[index]);
  }
  return within;
}

function shifted<T extends Span>(span: T, by: number): T {
  return { ...span, start: span.start + by, end: span.end + by };
}
