import type { AgreementReport } from './agreement';

const QUOTE_LENGTH = 70;

/** The agreement report for a reader: counts, a table of kappa per tag, then each disagreement with its quote. */
export function formatAgreement(report: AgreementReport, nameA: string, nameB: string): string {
  const lines = [`A = ${nameA}, B = ${nameB}`, `${report.matched} matched claim${report.matched === 1 ? '' : 's'}, ${report.onlyA} only in A, ${report.onlyB} only in B`, ''];
  const rows = Object.entries(report.tags).map(([tag, agreement]) => [
    tag,
    agreement.kappa === null ? '—' : agreement.kappa.toFixed(2),
    String(agreement.agreeYes),
    String(agreement.agreeNo),
    String(agreement.onlyA),
    String(agreement.onlyB),
  ]);
  if (rows.length > 0) {
    const table = [['tag', 'kappa', 'both', 'neither', 'only A', 'only B'], ...rows];
    const widths = table[0].map((_, column) => Math.max(...table.map((row) => row[column].length)));
    lines.push(...table.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ').trimEnd()));
    lines.push('(kappa over the matched claims; — where it is undefined: both gave the same answer every time)', '');
  }
  if (report.disagreements.length === 0) {
    lines.push('No disagreements.');
  } else {
    lines.push(`${report.disagreements.length} disagreement${report.disagreements.length === 1 ? '' : 's'}:`);
    for (const each of report.disagreements) {
      const where = `${each.document}${each.line === null ? '' : `:${each.line}`}`;
      const tags = (side: typeof each.a): string => (side ? side.tags.join(', ') || 'no tags' : '');
      const what = each.kind === 'tags' ? `A ${tags(each.a)} · B ${tags(each.b)}` : each.kind === 'onlyA' ? `only A: ${tags(each.a)}` : `only B: ${tags(each.b)}`;
      lines.push(`  ${where} ${excerpt(each.quote)}`, `      ${what}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function excerpt(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return JSON.stringify(oneLine.length > QUOTE_LENGTH ? `${oneLine.slice(0, QUOTE_LENGTH - 1)}…` : oneLine);
}
