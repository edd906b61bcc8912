import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as os from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import * as vscode from 'vscode';
import type { PolicyAnnotatorApi } from '../../src/editor/extension';
import { EDIT_DEBOUNCE_MS } from '../../src/editor/documentEntities';
import { activatePolicyAnnotator } from '../../test/integration/helpers/extension';
import { lenses } from '../../test/integration/helpers/waitFor';
import { takeScreenshot } from '../../test/integration/helpers/screenshot';
import { distinctDocument } from '../distinctDocument';
import { benchFolder } from './benchFolder';
import { BlockMonitor, heapAfterCollection, OwnWork, profiled, slope } from './hostProbes';
import { median } from '../median';

/**
 * In the real VS Code (npm run bench:editor): how long a 1 MB and a 5 MB document of distinct
 * paragraphs take to show their first highlights and lenses, how long after a keystroke (beyond
 * the debounce) the highlights are redrawn, the extension host's longest event-loop block, and
 * its memory. Prints figures; fails only when a feature never shows, never on timing.
 */

const sizes = [1_000_000, 5_000_000];
/** BENCH_EDITOR_LENSES=off measures the highlights alone, with the code lenses (and the claim candidates behind them) switched off. */
const withLenses = process.env.BENCH_EDITOR_LENSES !== 'off';
const keystrokes = 20;
/** Polling step while waiting for the editor: the figures are this coarse. */
const pollMs = 2;

interface Figures {
  size: number;
  /** From asking VS Code to open the document to its editor being shown: the host's work, before any of ours can draw. */
  shownMs: number;
  firstHighlightsMs: number;
  lensesMs: number;
  keystrokeMedianMs: number;
  keystrokeMaxMs: number;
  /** The same, from the edit reaching the extension host (its change event) rather than from asking the editor to make it. */
  changeMedianMs: number;
  changeMaxMs: number;
  /** The longest event-loop block of the extension host while opening, and while typing. */
  longestBlockMs: [number, number];
  /** The extension's longest piece of timed work of each name, while opening and while typing. */
  ownWork: [ReadonlyMap<string, number>, ReadonlyMap<string, number>];
  heap: [number, number, number];
  rss: [number, number, number];
  /** Heap in use after a forced collection following each edit, and its growth per edit. */
  heapAfterEachEdit: number[];
  heapSlopeMb: number;
}

/** The same document out of the extension's scope: what the host itself costs to take it in and edit it. */
interface HostOnly {
  size: number;
  shownMs: number;
  longestBlockMs: [number, number];
}

const mb = (bytes: number): number => bytes / 1_048_576;

/** Polls until `probe` gives a value, every `pollMs`, for at most a minute. */
async function until<T>(probe: () => T | undefined | Promise<T | undefined>, what: string): Promise<T> {
  for (const deadline = Date.now() + 60_000; ; await sleep(pollMs)) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after a minute waiting for ${what}`);
  }
}

/**
 * Keystrokes at the end of the first paragraph, which is on screen: a number typed a digit at a
 * time to four digits, then erased a digit at a time to one, and again. Each changes the number's
 * highlight (longer numbers read as codes, not quantities), so the bench can wait for the
 * highlight that ends at the caret.
 */
async function typeKeystroke(editor: vscode.TextEditor, base: number, typed: string, n: number): Promise<string> {
  const growing = typed.length === 0 || (Math.floor((n - 1) / 3) % 2 === 0 && typed.length < 4) || typed.length === 1;
  const next = growing ? `${typed}${(n % 9) + 1}` : typed.slice(0, -1);
  const document = editor.document;
  const applied = await editor.edit((builder) => {
    if (typed.length === 0) builder.insert(document.positionAt(base), ` ${next}`);
    else if (growing) builder.insert(document.positionAt(base + 1 + typed.length), next.slice(-1));
    else builder.delete(new vscode.Range(document.positionAt(base + typed.length), document.positionAt(base + 1 + typed.length)));
  });
  assert.ok(applied, 'the keystroke was not applied');
  return next;
}

/** Whether a highlight drawn in the editor ends at `offset`. */
function drawnEndingAt(api: PolicyAnnotatorApi, document: vscode.TextDocument, offset: number): true | undefined {
  const end = document.positionAt(offset);
  const drawn = api.decorationsFor(document.uri);
  return drawn && [...drawn.values()].some((ranges) => ranges.some((range) => range.end.isEqual(end))) ? true : undefined;
}

async function measure(api: PolicyAnnotatorApi, folder: string, size: number): Promise<Figures> {
  const file = path.join(folder, `distinct-${size / 1_000_000}mb.txt`);
  fs.writeFileSync(file, distinctDocument(size).text);
  const uri = vscode.Uri.file(file);
  heapAfterCollection();
  const before = process.memoryUsage();
  const blocks = new BlockMonitor();
  const ownWork = new OwnWork();
  await ownWork.take();

  const { editor, shownMs, firstHighlightsMs, lensesMs } = await profiled(`open-${size / 1_000_000}mb`, async () => {
    const opened = performance.now();
    const shown = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const toShownMs = performance.now() - opened;
    await until(() => {
      const drawn = api.decorationsFor(uri);
      return drawn && [...drawn.values()].some((ranges) => ranges.length > 0) ? drawn : undefined;
    }, 'the first highlights');
    const highlightsMs = performance.now() - opened;
    if (withLenses) await until(async () => ((await lenses(uri)).length > 0 ? true : undefined), 'the first code lenses');
    const toLensesMs = withLenses ? performance.now() - opened : Number.NaN;
    await api.settled(uri);
    return { editor: shown, shownMs: toShownMs, firstHighlightsMs: highlightsMs, lensesMs: toLensesMs };
  });
  const afterOpen = process.memoryUsage();
  const longestOpeningBlockMs = blocks.restart();
  const openingWork = await ownWork.take();
  await takeScreenshot(`bench-editor-${size / 1_000_000}mb-opened`);
  await blocks.without(() => heapAfterCollection());

  const base = editor.document.offsetAt(editor.document.lineAt(0).range.end);
  const latencies: number[] = [];
  const fromChange: number[] = [];
  let changedAt = 0;
  const changes = vscode.workspace.onDidChangeTextDocument((event) => {
    if (event.document.uri.toString() === uri.toString()) changedAt = performance.now();
  });
  const heapAfterEachEdit: number[] = [];
  let typingBlockMs = 0;
  await profiled(`type-${size / 1_000_000}mb`, async () => {
    let typed = '';
    for (let n = 0; n < keystrokes; n++) {
      const started = performance.now();
      typed = await typeKeystroke(editor, base, typed, n);
      await until(() => drawnEndingAt(api, editor.document, base + 1 + typed.length), `the highlight of "${typed}" after a keystroke`);
      latencies.push(performance.now() - started - EDIT_DEBOUNCE_MS);
      fromChange.push(performance.now() - changedAt - EDIT_DEBOUNCE_MS);
      await api.settled(uri);
      typingBlockMs = Math.max(typingBlockMs, blocks.restart());
      await blocks.without(() => heapAfterEachEdit.push(heapAfterCollection()));
    }
  });
  changes.dispose();
  const afterEdits = process.memoryUsage();
  const typingWork = await ownWork.take();
  blocks.dispose();
  ownWork.dispose();

  await takeScreenshot(`bench-editor-${size / 1_000_000}mb-typed`);
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  return {
    size,
    shownMs,
    firstHighlightsMs,
    lensesMs,
    keystrokeMedianMs: median(latencies),
    keystrokeMaxMs: Math.max(...latencies),
    changeMedianMs: median(fromChange),
    changeMaxMs: Math.max(...fromChange),
    longestBlockMs: [longestOpeningBlockMs, typingBlockMs],
    ownWork: [openingWork, typingWork],
    heap: [mb(before.heapUsed), mb(afterOpen.heapUsed), mb(afterEdits.heapUsed)],
    rss: [mb(before.rss), mb(afterOpen.rss), mb(afterEdits.rss)],
    heapAfterEachEdit,
    heapSlopeMb: slope(heapAfterEachEdit),
  };
}

/**
 * The same text opened and typed into outside the workspace, where the extension serves no plain
 * text: the host's own blocks from taking in and editing the document, to tell apart from ours.
 */
async function measureHostOnly(api: PolicyAnnotatorApi, size: number): Promise<HostOnly> {
  const file = path.join(os.tmpdir(), `bench-editor-out-of-scope-${process.pid}-${size / 1_000_000}mb.txt`);
  fs.writeFileSync(file, distinctDocument(size).text);
  try {
    const uri = vscode.Uri.file(file);
    const blocks = new BlockMonitor();
    const opened = performance.now();
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const shownMs = performance.now() - opened;
    await sleep(1_000);
    assert.strictEqual(api.decorationsFor(uri), undefined, 'the out-of-scope document was highlighted');
    const opening = blocks.restart();
    const base = editor.document.offsetAt(editor.document.lineAt(0).range.end);
    let typed = '';
    for (let n = 0; n < keystrokes; n++) {
      typed = await typeKeystroke(editor, base, typed, n);
      await sleep(EDIT_DEBOUNCE_MS + 50);
    }
    const typing = blocks.restart();
    blocks.dispose();
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    return { size, shownMs, longestBlockMs: [opening, typing] };
  } finally {
    fs.rmSync(file, { force: true });
  }
}

const fixed = (values: readonly number[], digits = 0): string => values.map((value) => value.toFixed(digits)).join(' / ');

function printTable(rows: readonly (readonly string[])[]): void {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  for (const row of rows) {
    console.log(row.map((cell, column) => cell.padEnd(widths[column])).join(' | '));
  }
  console.log('');
}

function report(all: readonly Figures[], hostOnly: readonly HostOnly[]): void {
  console.log(withLenses ? 'code lenses on' : 'code lenses off (BENCH_EDITOR_LENSES=off): the highlights alone');
  console.log(`load average ${os.loadavg().map((load) => load.toFixed(1)).join(' ')} on ${os.cpus().length} cores`);
  printTable([
    ['document', 'open → shown', 'shown → highlights', 'shown → lenses', `keystroke → highlights beyond ${EDIT_DEBOUNCE_MS} ms debounce (median / max)`, 'the same from the change event', 'longest host block (opening / typing)', `heap before / opened / ${keystrokes} edits`, `rss before / opened / ${keystrokes} edits`, 'heap after GC, per edit'],
    ...all.map((figures) => [
      `${figures.size / 1_000_000} MB`,
      `${figures.shownMs.toFixed(0)} ms`,
      `${(figures.firstHighlightsMs - figures.shownMs).toFixed(0)} ms`,
      `${(figures.lensesMs - figures.shownMs).toFixed(0)} ms`,
      `${fixed([figures.keystrokeMedianMs, figures.keystrokeMaxMs])} ms`,
      `${fixed([figures.changeMedianMs, figures.changeMaxMs])} ms`,
      `${fixed(figures.longestBlockMs)} ms`,
      `${fixed(figures.heap)} MB`,
      `${fixed(figures.rss)} MB`,
      `${(figures.heapSlopeMb * 1024).toFixed(0)} KB`,
    ]),
  ]);
  printTable([
    ['out of scope (the host alone)', 'open → shown', 'longest host block (opening / typing)'],
    ...hostOnly.map((figures) => [`${figures.size / 1_000_000} MB`, `${figures.shownMs.toFixed(0)} ms`, `${fixed(figures.longestBlockMs)} ms`]),
  ]);
  for (const figures of all) {
    const names = [...new Set([...figures.ownWork[0].keys(), ...figures.ownWork[1].keys()])].sort();
    printTable([
      [`${figures.size / 1_000_000} MB: the extension's longest timed work`, 'opening', 'typing'],
      ...names.map((name) => [name, ...figures.ownWork.map((work) => `${(work.get(name) ?? 0).toFixed(1)} ms`)]),
    ]);
    console.log(`${figures.size / 1_000_000} MB heap after GC after each edit: ${fixed(figures.heapAfterEachEdit, 1)} MB\n`);
  }
}

describe('Editor latency (benchmark)', function () {
  this.timeout(600_000);
  const folder = benchFolder('editor');

  after(async () => {
    if (!withLenses) await vscode.workspace.getConfiguration('policyAnnotator').update('codeLens.enabled', undefined, vscode.ConfigurationTarget.Global);
  });

  it('opens 1 MB and 5 MB documents and types into them', async () => {
    const api = await activatePolicyAnnotator();
    if (!withLenses) await vscode.workspace.getConfiguration('policyAnnotator').update('codeLens.enabled', false, vscode.ConfigurationTarget.Global);
    fs.mkdirSync(folder, { recursive: true });
    const hostOnly = [await measureHostOnly(api, sizes[sizes.length - 1])];
    const all: Figures[] = [];
    for (const size of sizes) {
      all.push(await measure(api, folder, size));
    }
    report(all, hostOnly);
  });
});
