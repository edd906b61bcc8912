import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { runExport } from '../../../src/cli/export';
import { validateWebAnnotation, xmllintAgainst } from '../../support/interchangeSpec';
import { claimOn, codePointSlice, NOTES_CLAIM, NOTES_TEXT, REPORT_CLAIM, REPORT_TEXT, runIn, TRICKY_NOTE, writeDocument, writeSampleCorpus } from './sampleCorpus';

/** RFC 4180 records, for checking what a spreadsheet would read back. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const character = text[index];
    if (quoted) {
      if (character === '"' && text[index + 1] === '"') { field += '"'; index++; } else if (character === '"') quoted = false; else field += character;
    } else if (character === '"') quoted = true;
    else if (character === ',') { record.push(field); field = ''; } else if (character === '\r' && text[index + 1] === '\n') { record.push(field); records.push(record); record = []; field = ''; index++; } else field += character;
  }
  return records;
}

describe('policy-annotator export', () => {
  let folder: string;
  beforeEach(() => {
    folder = writeSampleCorpus();
  });
  afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('csv: RFC 4180 with a UTF-8 byte-order mark; notes with commas, quotes and line breaks read back whole; code-point positions', async () => {
    const run = await runIn(folder, runExport, ['--format', 'csv']);
    assert.equal(run.code, 0, run.stderr);
    assert.ok(run.stdout.startsWith('\ufeff"document","id","quote","tags","note","source","sourceOrganisation","line","start","end"'));
    assert.ok(!/[^\r]\n"/.test(run.stdout.replace(TRICKY_NOTE.replace(/"/g, '""'), '')), 'records end in CRLF');
    const [header, ...rows] = parseCsv(run.stdout.slice(1));
    const row = (id: string): Record<string, string> => Object.fromEntries(header.map((name, index) => [name, rows.find((each) => each[1] === id)![index]]));
    const nao = row('c-nao001');
    assert.equal(nao.note, TRICKY_NOTE);
    assert.equal(nao.quote, REPORT_CLAIM);
    assert.equal(nao.tags, 'finding; disputed');
    assert.equal(nao.source, 'National Audit Office');
    assert.equal(nao.line, '2');
    assert.equal(codePointSlice(REPORT_TEXT, Number(nao.start), Number(nao.end)), REPORT_CLAIM);
    assert.equal(Number(nao.start), REPORT_TEXT.indexOf(REPORT_CLAIM) - 1, 'the emoji counts once');
    assert.match(nao.figures, /£5\.3bn = £5,300,000,000 \(GBP\)/);
    assert.equal(nao.organisations, 'National Audit Office');
    assert.equal(nao.status, 'exact');
    const gone = row('c-gone01');
    assert.deepEqual([gone.status, gone.line, gone.start], ['orphaned', '', '']);
    assert.equal(row('c-nuf001').document, 'notes/other.md');
    assert.deepEqual([row('c-nuf001').source, row('c-nuf001').sourceOrganisation], ['Jane Roe', 'Nuffield Trust'], 'a quoted person, with their organisation beside');
  });

  it('csv: a cell a spreadsheet would run as a formula arrives as text', async () => {
    fs.writeFileSync(path.join(folder, 'report.txt.annotations.yaml'), fs.readFileSync(path.join(folder, 'report.txt.annotations.yaml'), 'utf8').replace(/note: .*/, 'note: "=HYPERLINK(\\"http://x\\")"'));
    const run = await runIn(folder, runExport, ['--format', 'csv', 'report.txt']);
    assert.ok(run.stdout.includes(`"'=HYPERLINK(""http://x"")"`), run.stdout);
  });

  it('json: claims with document, code-point and UTF-16 places, figures with kinds and values, organisations', async () => {
    const run = await runIn(folder, runExport, ['--format', 'json']);
    assert.equal(run.code, 0, run.stderr);
    const exported = JSON.parse(run.stdout) as { format: string; claims: Array<Record<string, any>> };
    assert.equal(exported.format, 'policy-annotator/claims');
    const nao = exported.claims.find((claim) => claim.id === 'c-nao001')!;
    assert.equal(nao.document, 'report.txt');
    assert.equal(nao.note, TRICKY_NOTE);
    assert.deepEqual(nao.codePoints, { start: REPORT_TEXT.indexOf(REPORT_CLAIM) - 1, end: REPORT_TEXT.indexOf(REPORT_CLAIM) - 1 + Array.from(REPORT_CLAIM).length });
    assert.deepEqual(nao.utf16, { start: REPORT_TEXT.indexOf(REPORT_CLAIM), end: REPORT_TEXT.indexOf(REPORT_CLAIM) + REPORT_CLAIM.length });
    assert.deepEqual(nao.figures.map((figure: any) => [figure.kind, figure.text, figure.value]), [['money', '£5.3bn', { amount: 5_300_000_000, currency: 'GBP' }]]);
    assert.deepEqual(nao.organisations, [{ text: 'National Audit Office', name: 'National Audit Office' }]);
    assert.equal(exported.claims.find((claim) => claim.id === 'c-gone01')!.status, 'orphaned');
    const quoted = exported.claims.find((claim) => claim.id === 'c-nuf001')!;
    assert.deepEqual([quoted.source, quoted.sourceOrganisation, quoted.sourceOrganisations], ['Jane Roe', 'Nuffield Trust', ['Nuffield Trust']]);
  });

  it('finds the organisations the workspace list names, as scan, check and the editor do', async () => {
    const text = 'Widget Works estimates that demand will double.\n';
    writeDocument(folder, 'widgets.txt', text, [claimOn('c-wid001', text, text.trim(), { tags: ['estimate'], source: 'Widget Works' })]);
    const exported = async (): Promise<Record<string, any>> => {
      const run = await runIn(folder, runExport, ['--format', 'json', 'widgets.txt']);
      assert.equal(run.code, 0, run.stderr);
      return (JSON.parse(run.stdout) as { claims: Array<Record<string, any>> }).claims[0];
    };
    assert.deepEqual((await exported()).organisations, []);
    fs.mkdirSync(path.join(folder, '.policy-annotator'));
    fs.writeFileSync(path.join(folder, '.policy-annotator', 'organisations.json'), JSON.stringify([{ name: 'Widget Works' }]));
    const listed = await exported();
    assert.deepEqual(listed.organisations, [{ text: 'Widget Works', name: 'Widget Works' }]);
    assert.deepEqual(listed.sourceOrganisations, ['Widget Works']);
  });

  it('names a broken workspace list by file and line, and still exports', async () => {
    fs.mkdirSync(path.join(folder, '.policy-annotator'));
    fs.writeFileSync(path.join(folder, '.policy-annotator', 'organisations.json'), '[\n  {"aliases": ["X"]}\n]');
    const run = await runIn(folder, runExport, ['--format', 'csv']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /policy-annotator export: .*organisations\.json:2:\d+: /);
    assert.match(run.stdout, /c-nao001/);
  });

  it('jsonld: an AnnotationCollection whose every annotation passes the W3C MUST assertions, positions in code points', async () => {
    const run = await runIn(folder, runExport, ['--format', 'jsonld', '--out', 'claims.jsonld']);
    assert.equal(run.code, 0, run.stderr);
    const collection = JSON.parse(fs.readFileSync(path.join(folder, 'claims.jsonld'), 'utf8'));
    assert.equal(collection['@context'], 'http://www.w3.org/ns/anno.jsonld');
    assert.equal(collection.type, 'AnnotationCollection');
    assert.equal(collection.total, 3);
    const items = collection.first.items as Array<Record<string, any>>;
    for (const [index, item] of items.entries()) {
      const file = path.join(folder, `annotation-${index}.json`);
      fs.writeFileSync(file, JSON.stringify(item));
      const validation = validateWebAnnotation(file);
      assert.equal(validation.code, 0, validation.output);
      assert.match(validation.output, /OK \(54\/54/);
    }
    const nao = items.find((item) => item.body?.some((body: any) => body.purpose === 'commenting'))!;
    assert.equal(nao.target.source, 'urn:policy-annotator:document:report.txt');
    const [quote, position] = nao.target.selector;
    assert.equal(quote.exact, REPORT_CLAIM);
    assert.equal(codePointSlice(REPORT_TEXT, position.start, position.end), quote.exact);
    assert.equal(position.start, REPORT_TEXT.indexOf(REPORT_CLAIM) - 1);
    assert.ok(REPORT_TEXT.includes(`${quote.prefix}${quote.exact}${quote.suffix}`));
    assert.deepEqual(nao.body.map((body: any) => [body.purpose, body.value]), [['tagging', 'finding'], ['tagging', 'disputed'], ['commenting', TRICKY_NOTE], ['describing', 'source: National Audit Office']]);
    const orphaned = items.find((item) => !Array.isArray(item.target.selector))!;
    assert.equal(orphaned.target.selector.type, 'TextQuoteSelector', 'a claim not found has no position to give');
  });

  it('jsonld: --base makes each document a URL', async () => {
    const run = await runIn(folder, runExport, ['--format', 'jsonld', '--base', 'https://example.org/corpus/']);
    assert.ok(JSON.parse(run.stdout).first.items.some((item: any) => item.target.source === 'https://example.org/corpus/notes/other.md'));
  });

  it('qdpx: a zip of project.qde (valid against the REFI-QDA XSD) and UTF-8 sources, selections in code points on \\n text', async () => {
    const run = await runIn(folder, runExport, ['--format', 'qdpx', '--out', 'corpus.qdpx', '--name', 'Sample']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /claim c-gone01 is orphaned, so it has no position and is not in the qdpx project/);
    const files = unzipSync(fs.readFileSync(path.join(folder, 'corpus.qdpx')));
    const names = Object.keys(files).sort();
    assert.equal(names[0], 'project.qde');
    assert.ok(names.slice(1).every((name) => /^sources\/[0-9a-f-]{36}\.txt$/.test(name)), names.join());
    const qde = strFromU8(files['project.qde']);
    const validation = xmllintAgainst('refi-qda/Project-mrt2019.xsd', qde);
    assert.equal(validation.code, 0, validation.output);
    // The XSD checks no references: every CodeRef must name a code, every GUID be unique.
    const guids = [...qde.matchAll(/ guid="([^"]+)"/g)].map((match) => match[1]);
    assert.equal(new Set(guids).size, guids.length);
    const codes = new Set([...qde.matchAll(/<Code guid="([^"]+)"[^>]*isCodable="true"/g)].map((match) => match[1]));
    assert.ok([...qde.matchAll(/targetGUID="([^"]+)"/g)].every((match) => codes.has(match[1])));
    for (const tag of ['finding', 'estimate', 'forecast', 'disputed', 'my-own-tag', 'National Audit Office', 'Nuffield Trust']) assert.match(qde, new RegExp(`name="${tag}" isCodable="true" color="#[0-9A-F]{6}"`));
    const sources = [...qde.matchAll(/<TextSource [^>]*name="([^"]+)" plainTextPath="internal:\/\/([^"]+)">([\s\S]*?)<\/TextSource>/g)];
    assert.deepEqual(sources.map((source) => source[1]), ['notes/other.md', 'report.txt']);
    for (const [, name, file, body] of sources) {
      const text = strFromU8(files[`sources/${file}`]);
      assert.ok(!text.includes('\r') && !text.startsWith('\ufeff'));
      const [, start, end] = /startPosition="(\d+)" endPosition="(\d+)"/.exec(body)!;
      assert.equal(codePointSlice(text, Number(start), Number(end)), name === 'report.txt' ? REPORT_CLAIM : NOTES_CLAIM);
      assert.equal(text, (name === 'report.txt' ? REPORT_TEXT : NOTES_TEXT).replace(/\r\n/g, '\n'));
    }
    assert.ok(qde.includes(`<Description>Says "mostly", not all,\nper the NAO; check it</Description>`));
    assert.equal((qde.match(/<Coding /g) ?? []).length, 6, 'finding, disputed and the source on one claim; estimate, my-own-tag and the quoted person\'s organisation on the other');
  });

  it('qdpx: the same annotations export to the same bytes', async () => {
    await runIn(folder, runExport, ['--format', 'qdpx', '--out', 'a.qdpx']);
    await runIn(folder, runExport, ['--format', 'qdpx', '--out', 'b.qdpx']);
    assert.deepEqual(fs.readFileSync(path.join(folder, 'a.qdpx')), fs.readFileSync(path.join(folder, 'b.qdpx')));
  });

  it('says what is wrong: no format, an unknown one, qdpx without --out, a path that does not exist, a broken sidecar', async () => {
    assert.equal((await runIn(folder, runExport, [])).code, 2);
    assert.match((await runIn(folder, runExport, ['--format', 'xlsx'])).stderr, /unknown format 'xlsx'/);
    assert.match((await runIn(folder, runExport, ['--format', 'qdpx'])).stderr, /name it with --out/);
    assert.match((await runIn(folder, runExport, ['--format', 'csv', 'nowhere'])).stderr, /no such file or folder: nowhere/);
    fs.writeFileSync(path.join(folder, 'notes', 'other.md.annotations.yaml'), 'schema: 1\nclaims: [\n');
    const run = await runIn(folder, runExport, ['--format', 'json']);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /^notes\/other\.md\.annotations\.yaml:\d+:\d+: error: /m);
    assert.equal(JSON.parse(run.stdout).claims.length, 2, 'the readable sidecars are still exported');
  });

  it('draws its progress on a terminal, and clears it before its own messages', async () => {
    let stderr = '';
    const io = { cwd: folder, env: process.env, stdout: { write: () => true }, stderr: { isTTY: true, write: (text: string) => (stderr += text) } };
    assert.equal(await runExport(['--format', 'csv'], io), 0);
    // The progress line is redrawn with the terminal's erase-line escape (ESC [K).
    /* eslint-disable no-control-regex */
    assert.match(stderr, /\rreading annotations: 2 of 2\u001b\[K/);
    assert.match(stderr, /\rplacing claims and their figures: 2 of 2\u001b\[K\r\u001b\[K$/);
    /* eslint-enable no-control-regex */
    const piped = await runIn(folder, runExport, ['--format', 'csv']);
    assert.equal(piped.stderr, '', 'nothing drawn when standard error is not a terminal');
  });
});
