import { offlineRuntime } from './offlineRuntime';
import { electronRuntime } from './electronRuntime';
import { SuiteRuntime } from './suiteRuntime';

/**
 * The standard @vscode/test-electron harness where VS Code can be downloaded or is named by
 * VSCODE_EXECUTABLE_PATH; otherwise VS Code from npm (code-server) in Debian's Chromium.
 */
export function selectRuntime(env: NodeJS.ProcessEnv = process.env): SuiteRuntime {
  const requested = env.POLICY_ANNOTATOR_TEST_RUNTIME;
  if (requested === 'electron' || (requested === undefined && env.VSCODE_EXECUTABLE_PATH)) {
    return electronRuntime;
  }
  if (requested === undefined || requested === 'offline') {
    return offlineRuntime;
  }
  throw new Error(`POLICY_ANNOTATOR_TEST_RUNTIME must be "offline" or "electron", not "${requested}".`);
}

const defaultTimeoutSeconds = 600;

export function suiteTimeoutMs(env: NodeJS.ProcessEnv = process.env): number {
  const seconds = Number(env.POLICY_ANNOTATOR_TEST_TIMEOUT ?? defaultTimeoutSeconds);
  if (!(seconds > 0)) {
    throw new Error(`POLICY_ANNOTATOR_TEST_TIMEOUT must be a number of seconds, not "${env.POLICY_ANNOTATOR_TEST_TIMEOUT}".`);
  }
  return seconds * 1000;
}

/** What the extension host needs from the runner's environment. */
export function suiteEnv(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  return env.MOCHA_GREP ? { MOCHA_GREP: env.MOCHA_GREP } : {};
}
