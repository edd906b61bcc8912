import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import * as vscode from 'vscode';
import { SIDECAR_SUFFIX } from '../../src/core/sidecar/types';
import { WORK_PREFIX } from '../../src/editor/util/timing';

/** The claim features' timed work is named claims:<step>. */
const CLAIM_STEP_PREFIX = `${WORK_PREFIX}claims:`;
import type { PolicyAnnotatorApi } from '../../src/editor/extension';
import { seedsDir } from '../../test/runner/paths';
import { activatePolicyAnnotator } from '../../test/integration/helpers/extension';
import { eventually } from '../../test/integration/helpers/waitFor';
import { takeScreenshot } from '../../test/integration/helpers/screenshot';
import { distinctDocument } from '../distinctDocument';
import { annotated, claimCount } from './annotatedDocument';
import { benchFolder } from './benchFolder';
import { profiled } from './hostProbes';

/**
 * In the real VS Code (npm run bench:editor): the claim features on opening 1 MB and 5 MB
 * documents of distinct paragraphs, without and with a sidecar of 1,000 claims (one in ten on a
 * sentence edited since, so found only by a search): opening to the first code lenses the editor
 * itself asked for (it asks a debounce after opening, put off by each change event a provider
 * fires; the bench waits without asking, by the lens provider's timed work) and how many there are, opening until every claim is placed, scrolling to the middle until lenses come for
 * it, the extension host's longest event-loop block while opening and over 20 keystrokes, and the
 * longest stretch of each of the claim features' own steps (their `measure` entries), so the
 * editor's own cost of taking in the document is told apart from ours. Prints figures; fails only
 * when a feature never shows, never on timing.
 */

const sizes = [1_000_000, 5_000_000];
const keystrokes = 20;
const pollMs = 5;

interface Figures {
  readonly label: string;
  /** Until showTextDocument resolves: the editor's own cost of taking in the document. */
  readonly shownMs: number;
  /** Until the lens provider first gave the editor lenses, unasked by the bench. */
  readonly lensesMs: number;
  readonly lensCount: number;
  readonly placedMs: number;
  readonly scrolledLensesMs: number;
  readonly scrolledLensCount: number;
  /** The longest event-loop block while opening, and while typing. */
  readonly longestBlockMs: readonly [number, number];
  /** Each step's longest stretch, opening and typing together. */
  readonly ownSteps: ReadonlyMap<string, number>;
  /** When each step first ran, after opening began. */
  readonly firstRuns: ReadonlyMap<string, number>;
  /** Each of the editor's lens requests while opening: when it asked, and how long the provider took to answer (which the editor waits again before its next). */
  readonly lensRequests: readonly LensRequest[];
}

interface LensRequest {
  readonly atMs: number;
  readonly tookMs: number;
}

/** The document's code lenses, unresolved: every one the providers return (a resolve count would drop those beyond it). */
async function lenses(uri: vscode.Uri): Promise<vscode.CodeLens[]> {
  return (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri)) ?? [];
}

function until<T>(probe: () => T | undefined | Promise<T | undefined>, what: string): Promise<T> {
  return eventually(async () => {
    await sleep(pollMs);
    return probe();
  }, what, 120_000);
}

async function measure(api: PolicyAnnotatorApi, folder: string, size: number, withClaims: boolean): Promise<Figures> {
  const label = `${size / 1_000_000} MB${withClaims ? `, ${claimCount} claims` : ''}`;
  const file = path.join(folder, `claims-${size / 1_000_000}mb${withClaims ? '-annotated' : ''}.txt`);
  const { text } = distinctDocument(size);
  if (withClaims) {
    const written = annotated(text, path.basename(file));
    fs.writeFileSync(file, written.text);
    fs.writeFileSync(file + SIDECAR_SUFFIX, written.sidecar);
  } else {
    fs.writeFileSync(file, text);
  }
  const uri = vscode.Uri.file(file);
  const ownSteps = new Map<string, number>();
  const firstRuns = new Map<string, number>();
  const lensRequests: LensRequest[] = [];
  let opening = true;
  let opened = performance.now();
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name.startsWith(CLAIM_STEP_PREFIX)) {
        const step = entry.name.slice(CLAIM_STEP_PREFIX.length);
        ownSteps.set(step, Math.max(ownSteps.get(step) ?? 0, entry.duration));
        if (!firstRuns.has(step)) firstRuns.set(step, entry.startTime - opened);
        if (step === 'lensRequest' && opening) lensRequests.push({ atMs: entry.startTime - opened, tookMs: entry.duration });
      }
    }
  });
  observer.observe({ entryTypes: ['measure'] });
  const blocks = monitorEventLoopDelay({ resolution: 10 });
  blocks.enable();

  opened = performance.now();
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  const shownMs = performance.now() - opened;
  // Asking for lenses here would answer before the editor asks: wait for the provider to have given them.
  const lensesMs = await until(() => firstRuns.get('lenses'), 'the editor to ask for the code lenses');
  const first = await until(async () => {
    const found = await lenses(uri);
    return found.length > 0 ? found : undefined;
  }, 'the first code lenses');
  await api.settled(uri);
  const placedMs = performance.now() - opened;
  const longestOpeningBlockMs = blocks.max / 1e6;
  opening = false;
  // The workbench draws and resolves the lenses a while after it has them.
  await sleep(2000);
  await takeScreenshot(`bench-claims-${size / 1_000_000}mb${withClaims ? '-annotated' : ''}-opened`);

  // Scroll to the middle: lenses must come for what is shown there.
  const middle = Math.floor(editor.document.lineCount / 2);
  const scrolled = performance.now();
  editor.revealRange(new vscode.Range(middle, 0, middle, 0), vscode.TextEditorRevealType.AtTop);
  const there = await until(async () => {
    const found = (await lenses(uri)).filter((lens) => lens.range.start.line >= middle && lens.range.start.line < middle + 50);
    return found.length > 0 ? found : undefined;
  }, 'code lenses after scrolling to the middle');
  const scrolledLensesMs = performance.now() - scrolled;
  await sleep(2000);
  await takeScreenshot(`bench-claims-${size / 1_000_000}mb${withClaims ? '-annotated' : ''}-scrolled`);
  editor.revealRange(new vscode.Range(0, 0, 0, 0), vscode.TextEditorRevealType.AtTop);
  await api.settled(uri);
  blocks.reset();

  let offset = editor.document.offsetAt(editor.document.lineAt(0).range.end);
  for (let n = 0; n < keystrokes; n++) {
    const position = editor.document.positionAt(offset);
    assert.ok(await editor.edit((builder) => builder.insert(position, n === 0 ? ' 1' : String(n % 10))), 'the keystroke was not applied');
    offset += n === 0 ? 2 : 1;
    await lenses(uri);
    await api.settled(uri);
  }
  blocks.disable();
  observer.disconnect();
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  return {
    label,
    shownMs,
    lensesMs,
    lensCount: first.length,
    placedMs,
    scrolledLensesMs,
    scrolledLensCount: there.length,
    longestBlockMs: [longestOpeningBlockMs, blocks.max / 1e6],
    ownSteps,
    firstRuns,
    lensRequests,
  };
}

const header = ['document', 'open → shown', 'open → lenses the editor asked for (count)', 'open → claims placed', 'scroll → lenses (count)', 'longest host block (opening / typing)', 'our longest steps', 'our steps first ran at', 'lens requests while opening (asked at +took)'];

function row(figures: Figures): string[] {
  return [
    figures.label,
    `${figures.shownMs.toFixed(0)} ms`,
    `${figures.lensesMs.toFixed(0)} ms (${figures.lensCount})`,
    `${figures.placedMs.toFixed(0)} ms`,
    `${figures.scrolledLensesMs.toFixed(0)} ms (${figures.scrolledLensCount})`,
    `${figures.longestBlockMs.map((value) => value.toFixed(0)).join(' / ')} ms`,
    [...figures.ownSteps].sort((a, b) => b[1] - a[1]).map(([step, ms]) => `${step} ${ms.toFixed(1)}`).join(', ') + ' ms',
    [...figures.firstRuns].sort((a, b) => a[1] - b[1]).map(([step, ms]) => `${step} ${ms.toFixed(0)}`).join(', ') + ' ms',
    figures.lensRequests.map((request) => `${request.atMs.toFixed(0)} +${request.tookMs.toFixed(0)}`).join(', ') + ' ms',
  ];
}

function report(all: readonly Figures[]): void {
  const rows = [header, ...all.map(row)];
  const widths = header.map((_, column) => Math.max(...rows.map((cells) => cells[column].length)));
  for (const cells of rows) {
    console.log(cells.map((cell, column) => cell.padEnd(widths[column])).join(' | '));
  }
}

/** The editor's lens requests, as the provider times them from call to answer (this bench asks for none itself here). */
class LensRequests {
  private readonly seen: LensRequest[] = [];
  private readonly observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name === `${CLAIM_STEP_PREFIX}lensRequest`) this.seen.push({ atMs: entry.startTime, tookMs: entry.duration });
    }
  });

  constructor() {
    this.observer.observe({ entryTypes: ['measure'] });
  }

  /** The first request asked after `since` (a performance.now()), its time made relative to it. */
  public next(since: number, what: string): Promise<LensRequest> {
    return until(() => {
      const request = this.seen.find((seen) => seen.atMs >= since);
      return request && { atMs: request.atMs - since, tookMs: request.tookMs };
    }, what);
  }

  public dispose(): void {
    this.observer.disconnect();
  }
}

/** Each seed opened, then typed into once: when the editor asked for lenses, and how long the provider took to answer. */
async function seedLensRequests(): Promise<string[]> {
  const requests = new LensRequests();
  const rows: string[] = [];
  try {
    for (const name of fs.readdirSync(seedsDir).filter((file) => file.endsWith('.txt')).sort()) {
      const opened = performance.now();
      const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(path.join(seedsDir, name)));
      const shownMs = performance.now() - opened;
      const first = await requests.next(opened, `the editor to ask for the lenses of ${name}`);
      await sleep(1000);
      const typed = performance.now();
      assert.ok(await editor.edit((builder) => builder.insert(editor.document.lineAt(0).range.end, ' 1')), 'the keystroke was not applied');
      const again = await requests.next(typed, `the editor to ask again for the lenses of ${name}`);
      rows.push(`${name}: shown ${shownMs.toFixed(0)} ms, lenses asked ${first.atMs.toFixed(0)} +${first.tookMs.toFixed(0)} ms; keystroke → asked ${again.atMs.toFixed(0)} +${again.tookMs.toFixed(0)} ms`);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  } finally {
    requests.dispose();
  }
  return rows;
}

describe('Claims on opening a large document (benchmark)', function () {
  this.timeout(900_000);
  const folder = benchFolder('claims');

  it('opens 1 MB and 5 MB documents, without and with 1,000 claims, scrolls and types', async () => {
    const api = await activatePolicyAnnotator();
    fs.mkdirSync(folder, { recursive: true });
    const all: Figures[] = [];
    for (const size of sizes) {
      for (const withClaims of [false, true]) {
        all.push(await profiled(`claims-${size / 1_000_000}mb${withClaims ? '-annotated' : ''}`, () => measure(api, folder, size, withClaims)));
        // As it goes, so a run cut short still tells something.
        console.log(row(all[all.length - 1]).join(' | '));
      }
    }
    report(all);
  });

  it('opens each seed and types into it: when the editor asks for lenses, and how long the provider answers', async () => {
    await activatePolicyAnnotator();
    for (const line of await seedLensRequests()) console.log(line);
  });
});
