import { pino } from 'pino';
import { startSlackBot } from '../../../src/bots/slack/index.js';
import type { SlackBotOptions } from '../../../src/bots/slack/start.js';
import { loadConfig } from '../../../src/config.js';
import type { Engine } from '../../../src/intents/types.js';
import { REDACT_PATHS } from '../../../src/logger.js';
import { startSlackStandIn } from '../../fakes/slackApi.js';
import { SIGNING_SECRET } from '../../fakes/slackSigning.js';

export const BOT_TOKEN = 'xoxb-1111-2222-testbottoken';
export const APP_TOKEN = 'xapp-1-A0TEST-3333-testapptoken';

/** A pino logger that keeps its lines, with the app's redaction, so tests can read what was logged. */
export function captureLogger() {
  const lines: string[] = [];
  const logger = pino(
    { level: 'debug', redact: { paths: REDACT_PATHS, censor: '[redacted]' } },
    { write: (line: string) => lines.push(line) },
  );
  return { logger, lines };
}

/** The real Bolt app, started as `npm start` would, against a loopback Slack stand-in. */
export async function startHarness(opts: {
  engine: Engine;
  socketMode?: boolean;
  options?: SlackBotOptions;
  standIn?: Parameters<typeof startSlackStandIn>[0];
}) {
  const slack = await startSlackStandIn(opts.standIn);
  const { logger, lines } = captureLogger();
  const config = loadConfig({
    SLACK_BOT_TOKEN: BOT_TOKEN,
    ...(opts.socketMode ? { SLACK_APP_TOKEN: APP_TOKEN } : { SLACK_SIGNING_SECRET: SIGNING_SECRET }),
    SLACK_API_URL: slack.apiUrl,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'debug',
  });
  try {
    const bot = await startSlackBot({
      config,
      engine: opts.engine,
      logger,
      options: { retries: 0, timeoutMs: 2000, ...opts.options },
    });
    return {
      slack,
      bot,
      lines,
      appUrl: `http://127.0.0.1:${bot.port ?? 0}`,
      async stop() {
        await bot.stop();
        await slack.close();
      },
    };
  } catch (err) {
    await slack.close();
    throw err;
  }
}
