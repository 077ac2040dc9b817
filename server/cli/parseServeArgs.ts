import { parseArgs } from 'node:util';
import { z } from 'zod';
import { formatZodIssues } from '../../shared/errors/formatZodIssues.ts';

/** What `accord serve` runs with. */
export interface ServeOptions {
  port: number;
  dataDir: string;
  host: string;
  /** SQLite's sync to disk: 'normal' survives a crash of the process, 'full' a power cut too. */
  sqliteSync: 'normal' | 'full';
  /** postgres://… : keep maps in PostgreSQL instead of the SQLite file (several processes). */
  databaseUrl?: string;
  /** redis://… : carry each room's updates and presence between processes. */
  redisUrl?: string;
  /** Put before Redis channel names, e.g. for several deployments on one Redis. */
  redisPrefix?: string;
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
  sqliteSync: z.enum(['normal', 'full'], { error: 'must be normal or full' }),
  databaseUrl: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres://')
    .optional(),
  redisUrl: z
    .string()
    .regex(/^rediss?:\/\//, 'must start with redis:// or rediss://')
    .optional(),
  redisPrefix: z.string().min(1, 'must not be empty').optional(),
});

const FLAG_OF: Record<string, string> = {
  port: '--port',
  dataDir: '--data',
  host: '--host',
  sqliteSync: 'SQLITE_SYNC',
  databaseUrl: 'DATABASE_URL',
  redisUrl: 'REDIS_URL',
  redisPrefix: 'REDIS_PREFIX',
};

/**
 * Reads `serve`'s flags, with PORT, DATA_DIR and HOST from the environment as defaults;
 * SQLITE_SYNC, DATABASE_URL and REDIS_URL come from the environment only.
 */
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
    sqliteSync: env.SQLITE_SYNC || 'normal',
    databaseUrl: env.DATABASE_URL || undefined,
    redisUrl: env.REDIS_URL || undefined,
    redisPrefix: env.REDIS_PREFIX || undefined,
  });
  if (parsed.success && parsed.data.redisUrl && !parsed.data.databaseUrl) {
    return {
      kind: 'error',
      message: 'REDIS_URL needs DATABASE_URL: processes that share rooms must share one database',
    };
  }
  if (!parsed.success) {
    const problems = formatZodIssues(parsed.error).map((problem) => {
      const key = problem.path.replace(/^\$\.?/, '');
      return `${FLAG_OF[key] ?? key} ${problem.message}`;
    });
    return { kind: 'error', message: problems.join('; ') };
  }
  return { kind: 'serve', options: parsed.data };
}
