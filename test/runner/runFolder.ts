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

/** VS Code settings that keep a run to the extension under test: no AI, no update checks, no tips. */
const quietSettings = {
  'chat.disableAIFeatures': true,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
};

export function createRunFolder(label: string, settings: Record<string, unknown> = {}): RunFolder {
  // Short, because Chromium puts a unix socket (path limit 107 bytes) in TMPDIR.
  const root = path.join(runsDir, `${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`);
  fs.mkdirSync(root, { recursive: true });
  console.log(`Run folder: ${root}`);
  fs.writeFileSync(path.join(root, 'run.json'), JSON.stringify({ label, pid: process.pid, started: new Date().toISOString() }) + '\n');
  const folder = (name: string): string => {
    const dir = path.join(root, name);
    fs.mkdirSync(dir, { recursive: true });
    return dir;
  };
  const userData = folder('user-data');
  fs.mkdirSync(path.join(userData, 'User'));
  fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify({ ...quietSettings, ...settings }, null, 2) + '\n');
  return {
    root,
    userData,
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

/** Adds to the run's user settings (before VS Code starts: it reads them once). */
export function addUserSettings(run: RunFolder, settings: Record<string, unknown>): void {
  const file = path.join(run.userData, 'User', 'settings.json');
  const current = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  fs.writeFileSync(file, JSON.stringify({ ...current, ...settings }, null, 2) + '\n');
}

/**
 * After a run only its screenshots, and after a failure its logs, are worth keeping: the browser
 * profile and scratch files go.
 */
export function tidyRun(run: RunFolder, passed: boolean): void {
  const keep = new Set([run.screenshots, ...(passed ? [] : [run.logs, run.userData, path.join(run.root, 'run.json')])]);
  for (const entry of fs.readdirSync(run.root)) {
    const full = path.join(run.root, entry);
    if (!keep.has(full) || (full === run.screenshots && fs.readdirSync(full).length === 0)) {
      fs.rmSync(full, { recursive: true, force: true });
    }
  }
  if (fs.readdirSync(run.root).length === 0) {
    fs.rmSync(run.root, { recursive: true, force: true });
  }
}
