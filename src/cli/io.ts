/** What a command needs from the process, passed in so commands run in tests without spawning. */
export interface CliIo {
  readonly stdout: { write(text: string): unknown };
  /** `isTTY`: a person watches it, so progress can be drawn there. */
  readonly stderr: { write(text: string): unknown; readonly isTTY?: boolean };
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
}

/** Exit codes shared by every command: 0 all good, 1 a finding or failure, 2 a usage error. */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;
