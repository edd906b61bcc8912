import { runCli } from './runCli';
import { messageOf } from '../core/util/messageOf';

// A reader that stops early ("scan … | head") closes the pipe: stop writing and leave quietly, as
// other command-line tools do, rather than die on EPIPE with a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') process.stderr.write(`policy-annotator: cannot write the output (${error.message})\n`);
  process.exit(error.code === 'EPIPE' ? 0 : 1);
});

runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env })
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    process.stderr.write(`policy-annotator: ${messageOf(error)}\n`);
    process.exitCode = 2;
  });
