/** What `accord` accepts; printed on --help and on a bad command line. */
export const USAGE = `Usage: accord serve [--port 1234] [--data ./data] [--host 0.0.0.0]
       accord spec export <mapId> [--data DIR] [--all] [-o FILE]
       accord spec validate <FILE>
       accord spec import <FILE> [--data DIR] [--base-url URL]
       accord spec migrate <FILE> [-o FILE]
       accord docs <kind> <mapId> --body <id> [--format docx|md] [-o FILE] [--data DIR]
                   [--as-at YYYY-MM-DD] [--version N]

Commands:
  serve           Serve the web app, the REST API and the sync socket on one port.
  spec export     Print a map's governance spec (agreed elements; --all for everything).
  spec validate   Check a spec: exit 0 valid, 1 errors found, 2 unreadable or not a spec.
  spec import     Create a map from a spec and print its links.
  spec migrate    Upgrade a version 1 spec to version 2 and print it (or write -o FILE).
  docs            Write a governance document of a map's agreed content for one body:
                  terms-of-reference, memorandum-of-understanding, scheme-of-delegation,
                  delegation-agreement or section-75-agreement. Word unless --format md
                  or -o names a .md file; -o - prints it; without -o it is saved under
                  its own name in the current directory. --as-at writes the structure
                  in force on a date; --version writes it from a saved version (its
                  number in the Versions tab's list, as the REST API gives it). Put --
                  before the kind and map id when the id starts with "-".

Options for serve:
  --port N      port to listen on (env PORT, default 1234; 0 picks a free port)
  --data DIR    where the database lives (env DATA_DIR, default ./data)
  --host ADDR   interface to listen on (env HOST, default 0.0.0.0)
  -h, --help    show this help

Environment for serve: SQLITE_SYNC (normal or full); DATABASE_URL (postgres://…) and
REDIS_URL (redis://…) to run several processes on one PostgreSQL and Redis, REDIS_PREFIX
(see docs/operations.md).
`;

/** What a command gives back: its exit code and what it prints. */
export interface CommandResult {
  exitCode: number;
  /** Text, or the bytes of a file written to standard output. */
  stdout?: string | Uint8Array;
  stderr?: string;
}

/** A bad command line for `accord <command>`: exit code 2, what is wrong, then the usage. */
export function usageError(command: string, message: string): CommandResult {
  return { exitCode: 2, stderr: `accord ${command}: ${message}\n\n${USAGE}` };
}

/**
 * Runs `accord <command>`, answering a command line that parseArgs refuses (an unknown
 * option, a missing value) with the usage; any other error is thrown on.
 */
export async function withUsageErrors(
  command: string,
  run: () => Promise<CommandResult>,
): Promise<CommandResult> {
  try {
    return await run();
  } catch (error) {
    if (
      error instanceof TypeError &&
      'code' in error &&
      String(error.code).startsWith('ERR_PARSE_ARGS')
    ) {
      return usageError(command, error.message);
    }
    throw error;
  }
}
