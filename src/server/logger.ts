import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/** Properties of a database error that name the failure, never the data (no `detail`, `params`, `where`). */
const SAFE_KEYS = ['code', 'constraint', 'table', 'column', 'schema', 'severity', 'routine', 'query'] as const;

/**
 * Drops the values a failed query carried (personal data, Law 91/2025: password hashes, phones): drizzle appends
 * `params: …` to its message, and the driver quotes the offending value at the end of some messages
 * (`invalid input syntax for type uuid: "…"`).
 */
export function redactErrorText(text: string): string {
  return text.replace(/\nparams: [\s\S]*$/, '\nparams: [redacted]').replace(/: "[\s\S]*"$/, ': "[redacted]"');
}

/** An error as the log keeps it: type, redacted message and stack, SQLSTATE and constraint names, the cause chain. */
export function serializeError(err: unknown, depth = 0): Record<string, unknown> {
  if (!(err instanceof Error)) return { type: typeof err };
  const message = redactErrorText(err.message);
  const out: Record<string, unknown> = { type: err.constructor.name, message };
  if (err.stack) {
    const frames = err.stack.indexOf('\n    at ');
    out.stack = `${err.name}: ${message}${frames >= 0 ? err.stack.slice(frames) : ''}`;
  }
  const fields = err as Error & Partial<Record<(typeof SAFE_KEYS)[number], unknown>>;
  for (const k of SAFE_KEYS) if (typeof fields[k] === 'string') out[k] = fields[k];
  if (err.cause !== undefined && depth < 5) out.cause = serializeError(err.cause, depth + 1);
  return out;
}

export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { app: 'mattran' },
    timestamp: pino.stdTimeFunctions.isoTime,
    serializers: { err: serializeError },
  };
  return destination ? pino(options, destination) : pino(options);
}

export const silentLogger: Logger = pino({ level: 'silent' });
