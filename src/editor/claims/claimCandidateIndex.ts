import * as vscode from 'vscode';
import { ClaimCandidate, ClaimCandidateFinder } from '../../core/claims/claimCandidates';
import { Entity } from '../../core/entities/types';
import { isBlankLineCharacter } from '../../core/paragraphs';
import type { Span } from '../../core/textDocument';
import { DocumentEntities } from '../documentEntities';
import { Disposable } from '../util/dispose';
import { timed } from './stepTiming';

/**
 * Documents longer than this (UTF-16 units) get their candidates only for the paragraphs asked
 * about: finding every candidate of a 5 MB document takes seconds, a screenful a few milliseconds.
 */
export const LARGE_DOCUMENT_LENGTH = 100_000;
/**
 * Paragraphs analysed before a window only as its context: a quotation left open, a lead-in
 * before a list, a body a sentence reports on carry over a few paragraphs.
 */
const CONTEXT_PARAGRAPHS = 8;
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
 * of the whole text for a document up to LARGE_DOCUMENT_LENGTH, else of the paragraphs around the
 * spans asked about (see `near`), so that neither opening nor typing costs in proportion to the document.
 */
export class ClaimCandidateIndex extends Disposable {
  private readonly documents = new Map<string, DocumentCandidates>();

  constructor(private readonly entities: DocumentEntities) {
    super();
    this._register(vscode.workspace.onDidCloseTextDocument((document) => this.documents.delete(document.uri.toString())));
  }

  /**
   * The candidates of every paragraph that `spans` touch, in document order: all the document's
   * when it is not large. Undefined when cancelled.
   */
  public async near(document: vscode.TextDocument, spans: readonly Span[], token?: vscode.CancellationToken): Promise<readonly ClaimCandidate[] | undefined> {
    const entities = await timed('entities', () => this.entities.whenReady(document, token));
    if (token?.isCancellationRequested || document.isClosed) return undefined;
    const state = this.stateOf(document, entities);
    if (!isLarge(document)) return this.found(state, 'all', () => state.finder.find(document.getText(), entities));
    const windows = mergedWindows(spans.map((span) => paragraphWindow(document, span)));
    return windows.flatMap((window) => this.found(state, `${window.start}:${window.end}`, () => windowCandidates(state.finder, document, window, entities)));
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
      candidates = timed('candidates', find);
      state.found.set(key, candidates);
    }
    return candidates;
  }
}

/** Whether the document is long enough to get candidates only near what is asked about. */
export function isLarge(document: vscode.TextDocument): boolean {
  return document.offsetAt(document.lineAt(document.lineCount - 1).range.end) > LARGE_DOCUMENT_LENGTH;
}

/**
 * The paragraphs a window covers (`start`, `end`: whole paragraphs from the span's first line to
 * its last) and where its context begins (`contextStart`: CONTEXT_PARAGRAPHS paragraphs earlier),
 * as offsets.
 */
interface Window {
  readonly contextStart: number;
  readonly start: number;
  readonly end: number;
}

function paragraphWindow(document: vscode.TextDocument, span: Span): Window {
  const isBlank = (line: number): boolean => {
    const { text } = document.lineAt(line);
    for (let index = 0; index < text.length; index++) if (!isBlankLineCharacter(text.charCodeAt(index))) return false;
    return true;
  };
  /** The first line of the paragraph holding `line` (or of the next one, if `line` is blank). */
  const paragraphStart = (line: number): number => {
    for (const floor = Math.max(0, line - MAX_PARAGRAPH_LINES); line > floor && !isBlank(line - 1);) line--;
    return line;
  };
  const startLine = paragraphStart(document.positionAt(span.start).line);
  let contextLine = startLine;
  for (let paragraphs = 0; paragraphs < CONTEXT_PARAGRAPHS && contextLine > 0; paragraphs++) {
    let line = contextLine - 1;
    while (line > 0 && isBlank(line)) line--;
    contextLine = paragraphStart(line);
  }
  let endLine = Math.max(startLine, document.positionAt(span.end).line);
  for (const ceiling = Math.min(document.lineCount - 1, endLine + MAX_PARAGRAPH_LINES); endLine < ceiling && !isBlank(endLine + 1);) endLine++;
  return {
    contextStart: document.offsetAt(new vscode.Position(contextLine, 0)),
    start: document.offsetAt(new vscode.Position(startLine, 0)),
    end: document.offsetAt(document.lineAt(endLine).range.end),
  };
}

/** Windows in document order, overlapping ones merged. */
function mergedWindows(windows: readonly Window[]): Window[] {
  const merged: Window[] = [];
  for (const window of [...windows].sort((a, b) => a.start - b.start)) {
    const last = merged.at(-1);
    if (last && window.contextStart <= last.end) merged[merged.length - 1] = { ...last, end: Math.max(last.end, window.end) };
    else merged.push(window);
  }
  return merged;
}

/**
 * The candidates of the window's paragraphs: the finder runs over the text from the window's
 * context to its end, with the document's entities there, and only the window's own paragraphs count.
 */
function windowCandidates(finder: ClaimCandidateFinder, document: vscode.TextDocument, window: Window, entities: readonly Entity[]): ClaimCandidate[] {
  const offset = window.contextStart;
  const text = document.getText(new vscode.Range(document.positionAt(offset), document.positionAt(window.end)));
  const within = entitiesWithin(entities, offset, window.end).map((entity) => shifted(entity, -offset));
  return finder.find(text, within)
    .filter((candidate) => candidate.paragraph.start + offset >= window.start)
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
