import * as path from 'node:path';
import { BrowserContext, chromium, Page } from 'playwright-core';
import { RunFolder } from './runFolder';
import { stopProcessesMentioning } from './processGroups';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that keep Chromium quiet on a closed network. */
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface WorkbenchLocation {
  /** The code-server origin, e.g. http://127.0.0.1:41234 */
  readonly origin: string;
  readonly authority: string;
  readonly workspace: string;
  readonly extensionDevelopmentPath: string;
  readonly extensionTestsPath?: string;
  readonly openFile?: string;
}

/**
 * The workbench URL: the folder to open, plus the payload the workbench reads as if from the
 * command line. Paths in the payload are files on the server, hence vscode-remote URIs.
 */
export function workbenchUrl(location: WorkbenchLocation): string {
  const remote = (file: string): string => `vscode-remote://${location.authority}${path.resolve(file)}`;
  const payload: [string, string][] = [['extensionDevelopmentPath', remote(location.extensionDevelopmentPath)]];
  if (location.extensionTestsPath !== undefined) {
    payload.push(['extensionTestsPath', remote(location.extensionTestsPath)]);
  }
  if (location.openFile !== undefined) {
    payload.push(['openFile', remote(location.openFile)]);
  }
  payload.push(['skipWelcome', 'true'], ['skipReleaseNotes', 'true']);
  const url = new URL(location.origin);
  url.searchParams.set('folder', path.resolve(location.workspace));
  url.searchParams.set('payload', JSON.stringify(payload));
  return url.toString();
}

/** Only the local server and in-page data may be fetched: nothing leaves the machine. */
export function isLocalRequest(url: string): boolean {
  const parsed = URL.canParse(url) ? new URL(url) : undefined;
  if (parsed === undefined) {
    return false;
  }
  if (parsed.protocol === 'data:' || parsed.protocol === 'blob:') {
    return true;
  }
  return ['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname);
}

export interface Workbench {
  readonly page: Page;
  close(): Promise<void>;
}

/** Headless Chromium with its profile in the run folder, every non-local request aborted. */
export async function launchWorkbenchBrowser(run: RunFolder): Promise<Workbench> {
  const context: BrowserContext = await chromium.launchPersistentContext(run.browserProfile, {
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
    env: { ...process.env, ...run.env },
    viewport: { width: 1400, height: 900 },
  });
  await context.route('**/*', (route) => (isLocalRequest(route.request().url()) ? route.continue() : route.abort('blockedbyclient')));
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    page,
    close: async () => {
      await context.close();
      await stopProcessesMentioning(run.browserProfile);
    },
  };
}
