import { pino, type Logger } from 'pino';

export type { Logger };

/** Paths whose values never reach a log line. */
export const REDACT_PATHS = [
  'token',
  'botToken',
  'appToken',
  'signingSecret',
  'authorization',
  '*.token',
  '*.botToken',
  '*.appToken',
  '*.signingSecret',
  '*.authorization',
  '*.headers.authorization',
  '*.headers["x-app-token"]',
  '*.headers["x-slack-signature"]',
  'config.SLACK_BOT_TOKEN',
  'config.SLACK_APP_TOKEN',
  'config.SLACK_SIGNING_SECRET',
  'config.DISCORD_TOKEN',
  'config.SOCRATA_APP_TOKEN',
];

/** Pretty lines for a person at a terminal, JSON otherwise; always to stderr so stdout stays the answer. */
export function createLogger(level: string, opts: { pretty?: boolean } = {}): Logger {
  const pretty = opts.pretty ?? process.stderr.isTTY;
  return pino(
    {
      level,
      name: 'civic-data-bot',
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    },
    pretty
      ? pino.transport({ target: 'pino-pretty', options: { destination: 2, colorize: true } })
      : pino.destination(2),
  );
}
