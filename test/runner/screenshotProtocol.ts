/**
 * How an integration test asks the offline runner for a screenshot: it logs this marker followed
 * by an absolute file path; the runner, which sees the extension host's log through
 * codeAutomationLog, photographs the page and writes the PNG there.
 */
export const screenshotMarker = '@@screenshot ';

export function screenshotRequest(file: string): string {
  return `${screenshotMarker}${file}`;
}

/** The file named by a screenshot request inside a log message, if it is one. */
export function parseScreenshotRequest(message: string): string | undefined {
  const start = message.indexOf(screenshotMarker);
  if (start < 0) {
    return undefined;
  }
  const file = message.slice(start + screenshotMarker.length).split('\n')[0].trim();
  return file.startsWith('/') ? file : undefined;
}
