import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runsDir } from './paths';

/** Everything one run writes, in one git-ignored folder, so runs never meet each other or $HOME. */
export interface RunFolder {
  readonly root: string;
  readonly userData: string;
  readonly extensions: string;
  readonly browserProfile: string;
  readonly screenshots: string;
  readonly logs: string;
  /** XDG_* and TMPDIR pointing inside the run folder, for every process the run starts. */
  readonly env: Readonly<Record<string, string>>;
}

export function createRunFolder(label: string): RunFolder {
  // Short, because Chromium puts a unix socket (path limit 107 bytes) in TMPDIR.
  const root = path.join(runsDir, `${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`);
  fs.mkdirSync(root, { recursive: true });
  fs.writeFileSync(path.join(root, 'run.json'), JSON.stringify({ label, pid: process.pid, started: new Date().toISOString() }) + '\n');
  const folder = (name: string): string => {
    const dir = path.join(root, name);
    fs.mkdirSync(dir, { recursive: true });
    return dir;
  };
  return {
    root,
    userData: folder('user-data'),
    extensions: folder('extensions'),
    browserProfile: folder('browser-profile'),
    screenshots: folder('screenshots'),
    logs: folder('logs'),
    env: {
      XDG_CONFIG_HOME: folder('xdg/config'),
      XDG_DATA_HOME: folder('xdg/data'),
      XDG_CACHE_HOME: folder('xdg/cache'),
      XDG_STATE_HOME: folder('xdg/state'),
      XDG_RUNTIME_DIR: folder('xdg/runtime'),
      TMPDIR: folder('tmp'),
    },
  };
}

/**
 * After a passing run only its screenshots are worth keeping; a failing run is kept whole for
 * its logs.
 */
export function tidyPassedRun(run: RunFolder): void {
  const keepScreenshots = fs.readdirSync(run.screenshots).length > 0;
  for (const entry of fs.readdirSync(run.root)) {
    if (!(keepScreenshots && path.join(run.root, entry) === run.screenshots)) {
      fs.rmSync(path.join(run.root, entry), { recursive: true, force: true });
    }
  }
  if (!keepScreenshots) {
    fs.rmSync(run.root, { recursive: true, force: true });
  }
}
