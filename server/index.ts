import { docsCommand } from './cli/docs.ts';
import { parseServeArgs } from './cli/parseServeArgs.ts';
import { serve } from './cli/serve.ts';
import { specCommand } from './cli/spec.ts';
import { USAGE } from './cli/usage.ts';

/** The `accord` command line (bin/accord.js). Exit 2 means the command line was wrong. */
async function main(argv: readonly string[]): Promise<void> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'serve': {
      const parsed = parseServeArgs(rest, process.env);
      if (parsed.kind === 'help') {
        process.stdout.write(USAGE);
        return;
      }
      if (parsed.kind === 'error') {
        process.stderr.write(`accord serve: ${parsed.message}\n\n${USAGE}`);
        process.exit(2);
      }
      await serve(parsed.options);
      return;
    }
    case 'spec': {
      const result = await specCommand(rest);
      if (result.stdout) process.stdout.write(result.stdout);
      if (result.stderr) process.stderr.write(result.stderr);
      process.exitCode = result.exitCode;
      return;
    }
    case 'docs': {
      const result = await docsCommand(rest);
      if (result.stdout) process.stdout.write(result.stdout);
      if (result.stderr) process.stderr.write(result.stderr);
      process.exitCode = result.exitCode;
      return;
    }
    case '-h':
    case '--help':
    case 'help':
      process.stdout.write(USAGE);
      return;
    default:
      process.stderr.write(
        `${command === undefined ? 'accord: no command given' : `accord: unknown command "${command}"`}\n\n${USAGE}`,
      );
      process.exit(2);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`accord: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
