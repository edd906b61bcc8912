import { strToU8, Zip, ZipDeflate } from 'fflate';
import { attributedTo, locationOf, type CorpusDocument, type ExportedClaim } from './corpus';
import { countBelow } from '../util/countBelow';
import { guidFor } from './guid';
import { xmlAttribute, xmlText } from './xml';

export interface TagDefinition {
  readonly id: string;
  readonly description?: string;
}

export interface QdpxOptions {
  /** The project's name in the QDA tool. */
  readonly projectName: string;
  /** The configured tag vocabulary: every tag becomes a code, used or not, in this order. */
  readonly vocabulary: readonly TagDefinition[];
}

export interface QdpxExport {
  readonly bytes: Uint8Array;
  /** Claims not found in their text: a selection needs a position, so they are not in the project. */
  readonly skipped: readonly ExportedClaim[];
}

/** Distinct colours for codes, in the order tags are listed (REFI-QDA wants #RRGGBB). */
const PALETTE = ['#E6194B', '#3CB44B', '#4363D8', '#F58231', '#911EB4', '#42D4F4', '#F032E6', '#9A6324', '#469990', '#800000', '#808000', '#000075'];
const SOURCE_COLOUR = '#A9A9A9';
/** A fixed time for the zip entries, so two exports of the same annotations are the same bytes. */
const ZIP_TIME = new Date(Date.UTC(2020, 0, 1));

/**
 * A REFI-QDA project (`.qdpx`): `project.qde` and `sources/`, one UTF-8 text source per document
 * (line breaks written as `\n`, positions counted on that text), codes for the tag vocabulary and
 * the tags in use (folder "Tags") and for the organisations claims are attributed to (folder
 * "Sources", by canonical name), and each claim a `PlainTextSelection` (code points, end
 * exclusive) coded with its tags and its source, its note as the selection's description. GUIDs
 * derive from paths and ids, so two exports of the same annotations are the same bytes.
 */
export async function corpusToQdpx(documents: readonly CorpusDocument[], claims: readonly ExportedClaim[], options: QdpxOptions): Promise<QdpxExport> {
  const placed = claims.filter((claim) => locationOf(claim.place) !== undefined);
  const tags = [...options.vocabulary];
  for (const id of new Set(placed.flatMap((each) => each.claim.tags))) {
    if (!tags.some((tag) => tag.id === id)) tags.push({ id });
  }
  // By canonical name: "NAO" and "National Audit Office" are one code.
  const sources = [...new Set(placed.flatMap(attributedTo))].sort();
  const files = new Map<string, Uint8Array>();
  const byDocument = new Map<string, ExportedClaim[]>();
  for (const each of placed) {
    const list = byDocument.get(each.document);
    if (list) list.push(each);
    else byDocument.set(each.document, [each]);
  }
  const pause = pacer();
  const textSources: string[] = [];
  for (const document of documents) {
    if (document.text === undefined) continue;
    const text = document.text.replace(/\r\n?/g, '\n');
    const fileName = `${guidFor(`file\n${document.path}`)}.txt`;
    files.set(`sources/${fileName}`, strToU8(text));
    const lineBreaks = crlfOffsets(document.text);
    const selections = (byDocument.get(document.path) ?? []).map((each) => selectionXml(each, lineBreaks));
    textSources.push(`    <TextSource guid="${guidFor(`source\n${document.path}`)}" name="${xmlAttribute(document.path)}" plainTextPath="internal://${fileName}">\n${selections.join('')}    </TextSource>\n`);
    await pause();
  }
  const xml = '<?xml version="1.0" encoding="UTF-8"?>\n'
    + `<Project xmlns="urn:QDA-XML:project:1.0" name="${xmlAttribute(options.projectName)}" origin="Policy Annotator">\n`
    + '  <CodeBook>\n    <Codes>\n'
    + folderXml('Tags', 'The tags of the Policy Annotator vocabulary and those used in the annotations', tags.map((tag, index) => codeXml(tagCodeGuid(tag.id), tag.id, PALETTE[index % PALETTE.length], tag.description)))
    + (sources.length > 0 ? folderXml('Sources', 'Whom each claim is attributed to', sources.map((source) => codeXml(sourceCodeGuid(source), source, SOURCE_COLOUR))) : '')
    + '    </Codes>\n  </CodeBook>\n'
    + (textSources.length > 0 ? `  <Sources>\n${textSources.join('')}  </Sources>\n` : '')
    + '</Project>\n';
  files.set('project.qde', strToU8(xml));
  return { bytes: await zipped(files), skipped: claims.filter((claim) => locationOf(claim.place) === undefined) };
}

/**
 * The zip of `files`, `project.qde` first, compressed one file at a time with a pause for the event
 * loop after each, so hundreds of sources never stall the editor for long.
 */
async function zipped(files: ReadonlyMap<string, Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const pause = pacer();
  const archive = new Zip((error, chunk) => {
    if (error) failure = error;
    else chunks.push(chunk);
  });
  for (const name of [...files.keys()].sort((a, b) => (a === 'project.qde' ? -1 : b === 'project.qde' ? 1 : a.localeCompare(b)))) {
    const entry = new ZipDeflate(name, { level: 6 });
    entry.mtime = ZIP_TIME;
    archive.add(entry);
    // A large file (project.qde of thousands of claims) goes in pieces, with turns for the event loop between them.
    const content = files.get(name)!;
    for (let offset = 0; offset < content.length || offset === 0; offset += CHUNK_BYTES) {
      entry.push(content.subarray(offset, offset + CHUNK_BYTES), offset + CHUNK_BYTES >= content.length);
      await pause();
    }
  }
  archive.end();
  if (failure) throw failure;
  const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

function folderXml(name: string, description: string, codes: readonly string[]): string {
  return `      <Code guid="${guidFor(`folder\n${name}`)}" name="${name}" isCodable="false">\n        <Description>${xmlText(description)}</Description>\n${codes.join('')}      </Code>\n`;
}

function codeXml(guid: string, name: string, colour: string, description?: string): string {
  const inner = description ? `>\n          <Description>${xmlText(description)}</Description>\n        </Code>\n` : '/>\n';
  return `        <Code guid="${guid}" name="${xmlAttribute(name)}" isCodable="true" color="${colour}"${inner}`;
}

function selectionXml(exported: ExportedClaim, crlfs: readonly number[]): string {
  const location = locationOf(exported.place)!;
  const { claim } = exported;
  const key = `${exported.document}\n${claim.id}`;
  // The source text is written with \n line breaks: a \r\n before the claim is one code point fewer.
  const start = location.codePointStart - countBelow(crlfs, location.start);
  const end = location.codePointEnd - countBelow(crlfs, location.end);
  const codes = [...claim.tags.map(tagCodeGuid), ...attributedTo(exported).map(sourceCodeGuid)];
  return `      <PlainTextSelection guid="${guidFor(`selection\n${key}`)}" name="${xmlAttribute(exported.place.quote)}" startPosition="${start}" endPosition="${end}">\n`
    + (claim.note ? `        <Description>${xmlText(claim.note)}</Description>\n` : '')
    + codes.map((code) => `        <Coding guid="${guidFor(`coding\n${key}\n${code}`)}">\n          <CodeRef targetGUID="${code}"/>\n        </Coding>\n`).join('')
    + '      </PlainTextSelection>\n';
}

function tagCodeGuid(tag: string): string {
  return guidFor(`tag\n${tag}`);
}

function sourceCodeGuid(source: string): string {
  return guidFor(`source-code\n${source}`);
}

/** Where each \r\n starts (UTF-16 offsets, in order): the written text drops those \r. */
function crlfOffsets(text: string): number[] {
  const offsets: number[] = [];
  for (let index = text.indexOf('\r\n'); index !== -1; index = text.indexOf('\r\n', index + 2)) offsets.push(index);
  return offsets;
}


const CHUNK_BYTES = 128 * 1024;

/** Slices of work this long run before the event loop gets a turn: an export of hundreds of documents never stalls the editor. */
const SLICE_MS = 15;

/** A function to await between pieces of work: it lets the event loop run once a slice has been used up. */
function pacer(): () => Promise<void> {
  let sliceStart = Date.now();
  return async () => {
    if (Date.now() - sliceStart < SLICE_MS) return;
    await new Promise((resolve) => setTimeout(resolve, 0));
    sliceStart = Date.now();
  };
}
