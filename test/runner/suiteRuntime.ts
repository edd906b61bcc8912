/** One test suite run in a real VS Code extension host. */
export interface SuiteRun {
  /** Names the run folder. */
  readonly label: string;
  readonly extensionDevelopmentPath: string;
  /** A compiled module exporting `run(): Promise<void>`, loaded by the extension host. */
  readonly extensionTestsPath: string;
  /** The folder VS Code opens. */
  readonly workspace: string;
  /** Environment for the extension host (MOCHA_GREP, SCREENSHOT_DIR, ...). */
  readonly env: Readonly<Record<string, string>>;
  readonly timeoutMs: number;
  /** .vsix files installed into the run's own extensions folder before VS Code starts (the smoke suite). */
  readonly installExtensions?: readonly string[];
}

export interface SuiteRuntime {
  readonly name: string;
  /** Resolves with the suite's exit code: 0 when every test passed. */
  runSuite(run: SuiteRun): Promise<number>;
}

export class SuiteTimeoutError extends Error {
  constructor(run: SuiteRun, runtime: string) {
    super(`The "${run.label}" suite did not finish within ${Math.round(run.timeoutMs / 1000)} s (${runtime} runtime). Raise POLICY_ANNOTATOR_TEST_TIMEOUT (seconds) if it is just slow.`);
  }
}
