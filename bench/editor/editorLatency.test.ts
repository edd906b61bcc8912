import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import * as vscode from 'vscode';
import type { PolicyAnnotatorApi } from '../../src/editor/extension';
import { EDIT_DEBOUNCE_MS } from '../../src/editor/documentEntities';
import { extensionId, seedsDir } from '../../test/runner/paths';
import { eventually, lenses } from '../../test/integration/helpers/waitFor';
import { takeScreenshot } from '../../test/integration/helpers/screenshot';
import { distinctDocument } from '../distinctDocument';

/**
 * In the real VS Code (npm run bench:editor): how long a 1 MB and a 5 MB document of distinct
 * paragraphs take to show their first highlights and lenses, how long after a keystroke (beyond
 * the debounce) the highlights are redrawn, the extension host's longest event-loop block, and
 * its memory. Prints figures; fails only when a feature never shows, never on timing.
 */

const sizes = [1_000_000, 5_000_000];
const keystrokes = 20;
/** Polling step while waiting for the editor: the figures are this coarse. */
const pollMs = 5;

interface Figures {
  size: number;
  firstHighlightsMs: number;
  lensesMs: number;
  keystrokeMedianMs: number;
  keystrokeMaxMs: number;
  /** The longest event-loop block of the extension host while opening, and while typing. */
  longestBlockMs: [number, number];
  heap: [number, number, number];
  rss: [number, number, number];
}

const mb = (bytes: number): number => bytes / 1_048_576;

/** Polls until `probe` gives a value, every `pollMs`, for at most a minute. */
function until<T>(probe: () => T | undefined | Promise<T | undefined>, what: string): Promise<T> {
  return eventually(async () => {
    await sleep(pollMs);
    return probe();
  }, what, 60_000);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function measure(api: PolicyAnnotatorApi, folder: string, size: number): Promise<Figures> {
  const file = path.join(folder, `distinct-${size / 1_000_000}mb.txt`);
  fs.writeFileSync(file, distinctDocument(size).text);
  const uri = vscode.Uri.file(file);
  const before = process.memoryUsage();
  const blocks = monitorEventLoopDelay({ resolution: 10 });
  blocks.enable();

  const opened = performance.now();
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  await until(() => {
    const drawn = api.decorationsFor(uri);
    return drawn && [...drawn.values()].some((ranges) => ranges.length > 0) ? drawn : undefined;
  }, 'the first highlights');
  const firstHighlightsMs = performance.now() - opened;
  await until(async () => ((await lenses(uri)).length > 0 ? true : undefined), 'the first code lenses');
  const lensesMs = performance.now() - opened;
  await api.settled(uri);
  const afterOpen = process.memoryUsage();
  const longestOpeningBlockMs = blocks.max / 1e6;
  await takeScreenshot(`bench-editor-${size / 1_000_000}mb-opened`);
  blocks.reset();

  // Type digits at the end of the first paragraph, which is on screen: each keystroke has the
  // paragraph scanned again and the highlights redrawn.
  let offset = editor.document.offsetAt(editor.document.lineAt(0).range.end);
  const latencies: number[] = [];
  for (let n = 0; n < keystrokes; n++) {
    const drawnBefore = api.decorationsFor(uri);
    const typed = performance.now();
    const position = editor.document.positionAt(offset);
    assert.ok(await editor.edit((builder) => builder.insert(position, n === 0 ? ' 1' : String(n % 10))), 'the keystroke was not applied');
    offset += n === 0 ? 2 : 1;
    await until(() => (api.decorationsFor(uri) !== drawnBefore ? true : undefined), 'the highlights after a keystroke');
    latencies.push(performance.now() - typed - EDIT_DEBOUNCE_MS);
    await api.settled(uri);
  }
  const afterEdits = process.memoryUsage();
  blocks.disable();

  await takeScreenshot(`bench-editor-${size / 1_000_000}mb-typed`);
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  return {
    size,
    firstHighlightsMs,
    lensesMs,
    keystrokeMedianMs: median(latencies),
    keystrokeMaxMs: Math.max(...latencies),
    longestBlockMs: [longestOpeningBlockMs, blocks.max / 1e6],
    heap: [mb(before.heapUsed), mb(afterOpen.heapUsed), mb(afterEdits.heapUsed)],
    rss: [mb(before.rss), mb(afterOpen.rss), mb(afterEdits.rss)],
  };
}

function report(all: readonly Figures[]): void {
  const rows = [
    ['document', 'open → highlights', 'open → lenses', `keystroke → highlights beyond ${EDIT_DEBOUNCE_MS} ms debounce (median / max)`, 'longest host block (opening / typing)', `heap before / opened / ${keystrokes} edits`, `rss before / opened / ${keystrokes} edits`],
    ...all.map((figures) => [
      `${figures.size / 1_000_000} MB`,
      `${figures.firstHighlightsMs.toFixed(0)} ms`,
      `${figures.lensesMs.toFixed(0)} ms`,
      `${figures.keystrokeMedianMs.toFixed(0)} / ${figures.keystrokeMaxMs.toFixed(0)} ms`,
      `${figures.longestBlockMs.map((value) => value.toFixed(0)).join(' / ')} ms`,
      `${figures.heap.map((value) => value.toFixed(0)).join(' / ')} MB`,
      `${figures.rss.map((value) => value.toFixed(0)).join(' / ')} MB`,
    ]),
  ];
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  for (const row of rows) {
    console.log(row.map((cell, column) => cell.padEnd(widths[column])).join(' | '));
  }
}

describe('Editor latency (benchmark)', function () {
  this.timeout(600_000);
  // Inside the seeds workspace, which opts in to plain text through its .policy-annotator folder.
  const folder = path.join(seedsDir, `.bench-editor-${process.pid}`);

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('opens 1 MB and 5 MB documents and types into them', async () => {
    const extension = vscode.extensions.getExtension<PolicyAnnotatorApi>(extensionId);
    assert.ok(extension, `${extensionId} is not installed in the extension host`);
    const api = await extension.activate();
    fs.mkdirSync(folder, { recursive: true });
    const all: Figures[] = [];
    for (const size of sizes) {
      all.push(await measure(api, folder, size));
    }
    report(all);
  });
});
