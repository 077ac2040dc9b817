import { parseArgs } from 'node:util';
import { z } from 'zod';
import { formatZodIssues } from '../../shared/errors/formatZodIssues.ts';

/** What `accord serve` runs with. */
export interface ServeOptions {
  port: number;
  dataDir: string;
  host: string;
}

export type ParsedServeArgs =
  | { kind: 'serve'; options: ServeOptions }
  | { kind: 'help' }
  | { kind: 'error'; message: string };

const serveOptionsSchema = z.object({
  port: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(0, 'must be 0 to 65535')
    .max(65535, 'must be 0 to 65535'),
  dataDir: z.string().trim().min(1, 'must not be empty'),
  host: z.string().trim().min(1, 'must not be empty'),
});

const FLAG_OF: Record<string, string> = { port: '--port', dataDir: '--data', host: '--host' };

/** Reads `serve`'s flags, with PORT, DATA_DIR and HOST from the environment as defaults. */
export function parseServeArgs(args: readonly string[], env: NodeJS.ProcessEnv): ParsedServeArgs {
  let values: { port?: string; data?: string; host?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: {
        port: { type: 'string' },
        data: { type: 'string' },
        host: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
  }
  if (values.help) return { kind: 'help' };
  const parsed = serveOptionsSchema.safeParse({
    // An empty string would coerce to port 0; treat it as "not given" instead.
    port: values.port ?? (env.PORT || '1234'),
    dataDir: values.data ?? (env.DATA_DIR || './data'),
    host: values.host ?? (env.HOST || '0.0.0.0'),
  });
  if (!parsed.success) {
    const problems = formatZodIssues(parsed.error).map((problem) => {
      const key = problem.path.replace(/^\$\.?/, '');
      return `${FLAG_OF[key] ?? key} ${problem.message}`;
    });
    return { kind: 'error', message: problems.join('; ') };
  }
  return { kind: 'serve', options: parsed.data };
}
