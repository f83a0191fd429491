import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import type { Logger } from '../../logger.js';

const SECRET_PATTERNS: [RegExp, string][] = [
  [/xox[a-z]-[A-Za-z0-9-]+/g, 'xox?-[redacted]'],
  [/xapp-[A-Za-z0-9-]+/g, 'xapp-[redacted]'],
  // Slash-command and interaction bodies still carry the legacy verification token.
  [/("token"\s*:\s*")[^"]*"/g, '$1[redacted]"'],
  [/(\btoken=)[^&\s]+/g, '$1[redacted]'],
  [/(Bearer\s+)\S+/gi, '$1[redacted]'],
];

/** Bolt and its clients log free-form strings, which pino's path redaction cannot see into. */
export function scrubSecrets(text: string): string {
  let out = text;
  for (const [pattern, replacement] of SECRET_PATTERNS) out = out.replace(pattern, replacement);
  return out;
}

function toLine(parts: unknown[]): { msg: string; err?: Error } {
  let err: Error | undefined;
  const texts: string[] = [];
  for (const p of parts) {
    if (p instanceof Error) {
      err ??= p;
      texts.push(p.message);
    } else if (typeof p === 'string') texts.push(p);
    else {
      try {
        texts.push(JSON.stringify(p));
      } catch {
        texts.push(String(p));
      }
    }
  }
  return { msg: scrubSecrets(texts.join(' ')), ...(err ? { err: scrubError(err) } : {}) };
}

/**
 * An error as it may be logged: name, message, stack, code and Slack's error string, scrubbed. Web API
 * errors carry the whole response (`data`) and sometimes the request (`body`, headers): never logged raw.
 */
export function loggableError(err: unknown): Error {
  if (!(err instanceof Error)) return new Error(scrubSecrets(String(err)).slice(0, 500));
  const e = err as Error & { code?: unknown; data?: { error?: unknown } };
  const copy = scrubError(e) as Error & { code?: string; slackError?: string };
  if (typeof e.code === 'string') copy.code = e.code;
  if (typeof e.data?.error === 'string') copy.slackError = scrubSecrets(e.data.error);
  return copy;
}

function scrubError(err: Error): Error {
  const copy = new Error(scrubSecrets(err.message));
  copy.name = err.name;
  if (err.stack) copy.stack = scrubSecrets(err.stack);
  return copy;
}

/** Bolt's Logger interface over our pino logger, as a `slack` child; every line is scrubbed of tokens. */
export function boltLogger(logger: Logger): BoltLogger {
  const log = logger.child({ component: 'slack' });
  const level = (): LogLevel => {
    if (log.level === 'debug' || log.level === 'trace') return LogLevel.DEBUG;
    if (log.level === 'info') return LogLevel.INFO;
    if (log.level === 'warn') return LogLevel.WARN;
    return LogLevel.ERROR;
  };
  const emit = (method: 'debug' | 'info' | 'warn' | 'error', parts: unknown[]) => {
    // Bolt logs at debug on every request; formatting lines nobody will read costs the ack time.
    if (!log.isLevelEnabled(method)) return;
    const { msg, err } = toLine(parts);
    if (err) log[method]({ err }, msg);
    else log[method](msg);
  };
  return {
    debug: (...msg: unknown[]) => emit('debug', msg),
    info: (...msg: unknown[]) => emit('info', msg),
    warn: (...msg: unknown[]) => emit('warn', msg),
    error: (...msg: unknown[]) => emit('error', msg),
    // The level is pino's (LOG_LEVEL); Bolt asking for another one changes nothing.
    setLevel: () => {},
    getLevel: level,
    setName: () => {},
  };
}
