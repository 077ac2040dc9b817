/** How much a logger says; `silent` says nothing (tests). */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

/** Extra structured data on a log line. */
export type LogFields = Record<string, unknown>;

/** A structured logger: one JSON object per line, so logs can be searched and shipped. */
export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
  /** A logger that adds `fields` to every line (e.g. the map id of a room). */
  child(fields: LogFields): Logger;
}

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

/** True for a string that names a log level. */
export function isLogLevel(value: unknown): value is LogLevel {
  return typeof value === 'string' && value in RANK;
}

/** Errors do not survive JSON.stringify (their fields are not enumerable): keep what helps. */
function serialisable(value: unknown): unknown {
  if (value instanceof Error) return { name: value.name, message: value.message };
  return value;
}

export interface LoggerOptions {
  level?: LogLevel;
  write?: (line: string) => void;
  fields?: LogFields;
}

/** A JSON-lines logger; the level defaults to LOG_LEVEL, then `info`. */
export function createLogger(options: LoggerOptions = {}): Logger {
  const envLevel = process.env.LOG_LEVEL;
  const level = options.level ?? (isLogLevel(envLevel) ? envLevel : 'info');
  const write = options.write ?? ((line: string) => process.stdout.write(`${line}\n`));
  const base = options.fields ?? {};

  const emit = (lineLevel: Exclude<LogLevel, 'silent'>, msg: string, fields?: LogFields) => {
    if (RANK[lineLevel] < RANK[level]) return;
    const line: LogFields = { time: new Date().toISOString(), level: lineLevel, msg, ...base };
    for (const [key, value] of Object.entries(fields ?? {})) line[key] = serialisable(value);
    write(JSON.stringify(line));
  };

  return {
    debug: (msg, fields) => emit('debug', msg, fields),
    info: (msg, fields) => emit('info', msg, fields),
    warn: (msg, fields) => emit('warn', msg, fields),
    error: (msg, fields) => emit('error', msg, fields),
    child: (fields) => createLogger({ level, write, fields: { ...base, ...fields } }),
  };
}

/** A logger that drops everything: for tests, which read outcomes, not logs. */
export const silentLogger: Logger = createLogger({ level: 'silent', write: () => {} });
