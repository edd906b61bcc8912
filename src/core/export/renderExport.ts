import type { CorpusDocument, ExportedClaim } from './corpus';
import { claimsToCsv } from './csv';
import { claimsToJson } from './json';
import { claimsToJsonLd } from './jsonld';
import { corpusToQdpx, type TagDefinition } from './qdpx';

export const EXPORT_FORMATS = ['csv', 'json', 'jsonld', 'qdpx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The file extension and a label for each format, for save dialogs and default names. */
export const EXPORT_FORMAT_INFO: Readonly<Record<ExportFormat, { readonly extension: string; readonly label: string }>> = {
  csv: { extension: 'csv', label: 'CSV (spreadsheets)' },
  json: { extension: 'json', label: 'JSON (claims with figures and organisations)' },
  jsonld: { extension: 'jsonld', label: 'JSON-LD (W3C Web Annotation collection)' },
  qdpx: { extension: 'qdpx', label: 'REFI-QDA project (NVivo, ATLAS.ti, MAXQDA, QualCoder)' },
};

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

export interface ExportOptions {
  readonly vocabulary: readonly TagDefinition[];
  /** The QDA project's and the annotation collection's name. */
  readonly name: string;
  /** Prefix of each document's IRI in the JSON-LD export. */
  readonly documentBase?: string;
}

export interface RenderedExport {
  /** Text for csv, json and jsonld (write it as UTF-8), bytes for qdpx. */
  readonly content: string | Uint8Array;
  /** Claims the format could not hold (a QDA selection needs a position). */
  readonly skipped: readonly ExportedClaim[];
}

/** The export file for `claims` (from exportedClaimsOf over `documents`), in `format`. */
export async function renderExport(format: ExportFormat, documents: readonly CorpusDocument[], claims: readonly ExportedClaim[], options: ExportOptions): Promise<RenderedExport> {
  switch (format) {
    case 'csv':
      return { content: claimsToCsv(claims), skipped: [] };
    case 'json':
      return { content: claimsToJson(claims), skipped: [] };
    case 'jsonld':
      return { content: claimsToJsonLd(claims, { documentBase: options.documentBase, label: options.name }), skipped: [] };
    case 'qdpx': {
      const { bytes, skipped } = await corpusToQdpx(documents, claims, { projectName: options.name, vocabulary: options.vocabulary });
      return { content: bytes, skipped };
    }
  }
}
