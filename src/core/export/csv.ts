import { locationOf, type ExportedClaim } from './corpus';

const HEADER = ['document', 'id', 'quote', 'tags', 'note', 'source', 'sourceOrganisation', 'line', 'start', 'end', 'status', 'figures', 'organisations', 'programmes'];

/**
 * RFC 4180 CSV: CRLF between records, every field quoted, quotes doubled, line breaks kept inside
 * quotes. A UTF-8 byte-order mark comes first: without it Excel reads the file as the local code
 * page and mangles £, – and emoji. `start` and `end` count code points, as the other exports do.
 */
export function claimsToCsv(claims: readonly ExportedClaim[]): string {
  const rows = claims.map((exported) => {
    const { claim, place } = exported;
    const location = locationOf(place);
    return [
      exported.document,
      claim.id,
      place.quote,
      claim.tags.join('; '),
      claim.note ?? '',
      claim.source ?? '',
      claim.organisation ?? '',
      location ? String(location.line) : '',
      location ? String(location.codePointStart) : '',
      location ? String(location.codePointEnd) : '',
      place.status,
      exported.figures.map((figure) => `${figure.text} = ${figure.description}`).join('; '),
      [...new Set(exported.names.filter((name) => name.kind === 'organisation').map((name) => name.name))].join('; '),
      [...new Set(exported.names.filter((name) => name.kind !== 'organisation').map((name) => name.name))].join('; '),
    ];
  });
  return `\ufeff${[HEADER, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

function csvField(value: string): string {
  return `"${neutraliseFormula(value).replace(/"/g, '""')}"`;
}

/**
 * A spreadsheet runs a cell that starts with =, +, - or @ as a formula (OWASP "CSV injection"):
 * a note such as "=HYPERLINK(…)" must arrive as text. A leading apostrophe is what spreadsheets
 * themselves use to mark text; negative numbers ("-3") are left as they are.
 */
function neutraliseFormula(value: string): string {
  return /^[=+@\t\r]|^-(?![\d.\s])/.test(value) ? `'${value}` : value;
}
