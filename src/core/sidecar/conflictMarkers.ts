import { SidecarProblem } from './types';

// Our own output never starts a line with these: every value is indented under its key.
const CONFLICT_MARKER = /^(<{7}|\|{7}|={7}|>{7})(?:[ \t\r]|$)/;

/** Lines left by an unresolved git merge conflict (`<<<<<<<`, `|||||||`, `=======`, `>>>>>>>`). */
export function conflictMarkerProblems(text: string): SidecarProblem[] {
  return text.split('\n').flatMap((line, index) =>
    CONFLICT_MARKER.test(line)
      ? [{ line: index + 1, column: 1, message: `unresolved git merge conflict marker '${line.slice(0, 7)}': resolve the conflict before the annotations can be read` }]
      : []);
}
