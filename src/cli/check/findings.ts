export type Severity = 'error' | 'warning' | 'info';

/** Something `check` found, at a 1-based line and column of a sidecar. */
export interface Finding {
  readonly severity: Severity;
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/** What `check` found in one sidecar. */
export interface SidecarReport {
  /** As shown to the user: relative to the working folder, with forward slashes. */
  readonly path: string;
  readonly claims: number;
  readonly findings: readonly Finding[];
}

/** `path:line:col: severity: message`, the shape editors and CI log viewers link to the file. */
export function findingLine(report: SidecarReport, finding: Finding): string {
  return `${report.path}:${finding.line}:${finding.column}: ${finding.severity}: ${shortened(finding.message).replace(/[\r\n]+/g, ' ')}`;
}

/** A message quoting a file (a YAML error on a line of binary, say) is cut to a readable length. */
const MAX_MESSAGE_LENGTH = 400;

function shortened(message: string): string {
  return message.length > MAX_MESSAGE_LENGTH ? `${message.slice(0, MAX_MESSAGE_LENGTH - 1)}…` : message;
}

/** A GitHub Actions workflow command that annotates the pull request's file at the finding. */
export function githubAnnotation(report: SidecarReport, finding: Finding): string | undefined {
  if (finding.severity === 'info') {
    return undefined;
  }
  const properties = `file=${escapeProperty(report.path)},line=${finding.line},col=${finding.column}`;
  return `::${finding.severity} ${properties}::${escapeData(shortened(finding.message))}`;
}

// The escapes GitHub's workflow-command parser undoes (actions/toolkit, command.ts).
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
