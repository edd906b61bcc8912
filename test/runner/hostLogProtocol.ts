/**
 * Lines the extension host logs for the offline runner, which sees that log through the
 * workbench's codeAutomationLog.
 */

/** Followed by an absolute file path: photograph the workbench and write the PNG there. */
export const screenshotMarker = '@@screenshot ';

/** Between these two lines is the suite's own output; the rest is the workbench talking. */
export const suiteStartMarker = '@@suite-start';
export const suiteEndMarker = '@@suite-end';

/**
 * Set for the extension host only by the runtime that answers screenshot requests: the folder
 * for the PNGs (SCREENSHOT_DIR if the run was given one, else the run folder's screenshots/).
 */
export const screenshotDirVariable = 'POLICY_ANNOTATOR_SCREENSHOT_DIR';

export function screenshotRequest(file: string): string {
  return `${screenshotMarker}${file}`;
}

/** The file named by a screenshot request, if the message is one. */
export function parseScreenshotRequest(message: string): string | undefined {
  if (!message.startsWith(screenshotMarker)) {
    return undefined;
  }
  const file = message.slice(screenshotMarker.length).trim();
  return file.startsWith('/') ? file : undefined;
}

/**
 * The web worker extension host has no process.env: the runner writes the environment meant for
 * it (MOCHA_GREP, the screenshot folder) into this user setting, an object of strings.
 */
export const hostEnvSetting = 'policyAnnotatorTestRun.env';

/**
 * The checkout's own folder, passed to the web smoke suite, which has no node:path or __dirname
 * to find it: the extension it tests must have been loaded from somewhere else.
 */
export const checkoutVariable = 'POLICY_ANNOTATOR_CHECKOUT';
