import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { runExport } from '../src/cli/export';
import { compareAnnotations } from '../src/core/agreement/agreement';
import { createQuoteAnchor } from '../src/core/anchoring/quoteAnchor';
import { detectEntities } from '../src/core/entities/detectEntities';
import { exportedClaimsOf, type CorpusDocument, type ExportedClaim } from '../src/core/export/corpus';
import { EXPORT_FORMATS, renderExport } from '../src/core/export/renderExport';
import { serialiseSidecar } from '../src/core/sidecar/serialise';
import type { SidecarClaim } from '../src/core/sidecar/types';

// Exporting and comparing a corpus of generated annotated documents: time per document at 50 and
// at 500 documents (their ratio shows whether the work grows linearly), the longest a single
// document keeps the thread busy (the editor yields between documents, so this bounds how long it
// stops answering), each format's rendering, agreement, and the CLI end to end on disk.
// Run: npm run compile-tests && node out/bench/corpusExport.js

const seedsDir = path.resolve(__dirname, '..', '..', 'seeds');
const seeds = fs.readdirSync(seedsDir).filter((name) => name.endsWith('.txt')).sort().map((name) => fs.readFileSync(path.join(seedsDir, name), 'utf8'));
const CLAIMS_PER_DOCUMENT = 12;
const TAGS = ['finding', 'estimate', 'forecast', 'recommendation', 'opinion', 'disputed'];

/**
 * Document `index`: two seeds with every paragraph marked with the document's number, so no two
 * documents share a paragraph (the detector caches paragraphs: repeats would flatter the figures),
 * and claims on evenly spread sentences.
 */
function generatedDocument(index: number): CorpusDocument {
  const text = `Report ${index} 📄\n\n${seeds[index % seeds.length]}\n${seeds[(index + 1) % seeds.length]}`.replace(/\n\n/g, ` §${index}\n\n`);
  const sentences = [...text.matchAll(/[A-Z][^.\n]{30,200}\./g)];
  const step = Math.max(1, Math.floor(sentences.length / CLAIMS_PER_DOCUMENT));
  const claims: SidecarClaim[] = sentences.filter((_, n) => n % step === 0).slice(0, CLAIMS_PER_DOCUMENT).map((match, n) => ({
    id: `c-b${index}x${n}`,
    anchor: createQuoteAnchor(text, match.index!, match.index! + match[0].length),
    tags: [...new Set([TAGS[(index + n) % TAGS.length], ...(n % 3 === 0 ? ['disputed'] : [])])],
    note: n % 2 === 0 ? 'Checked against the source, "as quoted", page 4' : undefined,
    source: n % 4 === 0 ? 'National Audit Office' : undefined,
  }));
  return { path: `reports/${String(index).padStart(4, '0')}.txt`, text, sidecar: { schema: 1, document: `${String(index).padStart(4, '0')}.txt`, offsets: 'utf-16', claims } };
}

function place(documents: readonly CorpusDocument[]): { claims: ExportedClaim[]; totalMs: number; longestMs: number } {
  const claims: ExportedClaim[] = [];
  let longestMs = 0;
  const began = performance.now();
  for (const document of documents) {
    const start = performance.now();
    claims.push(...exportedClaimsOf(document, (text) => detectEntities(text)));
    longestMs = Math.max(longestMs, performance.now() - start);
  }
  return { claims, totalMs: performance.now() - began, longestMs };
}

async function main(): Promise<void> {
  const small = Array.from({ length: 50 }, (_, index) => generatedDocument(index));
  place(Array.from({ length: 50 }, (_, index) => generatedDocument(1000 + index))); // warm up the detector's lists and the JIT on other documents
  const large = Array.from({ length: 500 }, (_, index) => generatedDocument(index));
  const megabytes = large.reduce((sum, document) => sum + document.text!.length, 0) / 1e6;
  // The fastest of three runs of each: the machine is shared, and the slow runs measure the neighbours.
  const fastest = (documents: readonly CorpusDocument[]): ReturnType<typeof place> => [place(documents), place(documents), place(documents)].sort((a, b) => a.totalMs - b.totalMs)[0];
  const smallRun = fastest(small);
  const largeRun = fastest(large);
  const perDocSmall = smallRun.totalMs / small.length;
  const perDocLarge = largeRun.totalMs / large.length;
  console.log(`placing claims and finding their figures: 50 documents ${smallRun.totalMs.toFixed(0)} ms, 500 documents (${megabytes.toFixed(1)} MB, ${largeRun.claims.length} claims) ${largeRun.totalMs.toFixed(0)} ms`);
  console.log(`  time per document at 500 / at 50: ${(perDocLarge / perDocSmall).toFixed(2)} (1.00 = linear); longest single document ${largeRun.longestMs.toFixed(1)} ms`);
  for (const format of EXPORT_FORMATS) {
    // The longest gap between ticks of a 1 ms timer is the longest the thread could not answer.
    let last = performance.now();
    let longestGap = 0;
    const ticker = setInterval(() => {
      const now = performance.now();
      longestGap = Math.max(longestGap, now - last);
      last = now;
    }, 1);
    const began = performance.now();
    const rendered = await renderExport(format, large, largeRun.claims, { vocabulary: TAGS.map((id) => ({ id })), name: 'bench' });
    const elapsed = performance.now() - began;
    await new Promise((resolve) => setTimeout(resolve, 5));
    clearInterval(ticker);
    const size = typeof rendered.content === 'string' ? rendered.content.length : rendered.content.length;
    console.log(`  render ${format.padEnd(6)} ${elapsed.toFixed(0).padStart(5)} ms  (${(size / 1e6).toFixed(1)} MB), thread blocked at most ${longestGap.toFixed(0)} ms`);
  }
  const theirs = large.map((document) => ({ ...document, sidecar: { ...document.sidecar, claims: document.sidecar.claims.map((claim, n) => (n % 5 === 0 ? { ...claim, tags: ['opinion'] } : claim)) } }));
  const agreeBegan = performance.now();
  const report = compareAnnotations(large, theirs);
  console.log(`agreement of 500 documents with a retagged copy: ${(performance.now() - agreeBegan).toFixed(0)} ms (${report.matched} matched, ${report.disagreements.length} disagreements)`);

  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'pa-bench-export-'));
  try {
    for (const document of large) {
      const file = path.join(folder, document.path);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, document.text!);
      fs.writeFileSync(`${file}.annotations.yaml`, serialiseSidecar(document.sidecar));
    }
    let errors = '';
    const io = { cwd: folder, env: process.env, stdout: { write: () => true }, stderr: { write: (text: string) => (errors += text) } };
    for (const format of ['csv', 'qdpx'] as const) {
      const began = performance.now();
      const code = await runExport(['--format', format, '--out', `out.${format}`], io);
      console.log(`policy-annotator export --format ${format} on 500 documents on disk (in-process, after start-up): ${(performance.now() - began).toFixed(0)} ms, exit ${code}${code === 0 ? "" : `: ${errors.slice(0, 300)}`}`);
    }
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

void main();
