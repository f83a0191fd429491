import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver, type webApi } from '@slack/bolt';
import { type Config, ConfigError } from '../../config.js';
import type { Engine } from '../../intents/types.js';
import type { Logger } from '../../logger.js';
import { createInFlight } from '../inFlight.js';
import { createRateLimiter } from '../rateLimit.js';
import { boltLogger, loggableError, scrubSecrets } from './boltLogger.js';
import { createDeduper } from './dedupe.js';
import { type GateState, gateRequests } from './httpGate.js';
import { registerListeners } from './listeners/index.js';
import { createShareStore } from './shareStore.js';
import { SlackSocketReceiver } from './socketReceiver.js';

export interface SlackBotOptions {
  /** Web API retries per call (default 2). Tests turn them off. */
  retries?: number;
  /** Web API and response_url timeout in ms (default 10 000). */
  timeoutMs?: number;
  /** Per-user replies: a burst of `capacity`, then `refillPerSecond` (default 5, then one every 4 s). */
  rateLimit?: { capacity: number; refillPerSecond: number };
}

export interface SlackBot {
  stop(): Promise<void>;
  /** The port the HTTP receiver listens on; undefined in Socket Mode. */
  port?: number;
}

/** Slack's answers that mean "this credential is wrong", as opposed to "Slack is unreachable". */
const BAD_CREDENTIAL = new Set([
  'invalid_auth',
  'not_authed',
  'account_inactive',
  'token_revoked',
  'token_expired',
  'not_allowed_token_type',
]);

function platformError(err: unknown): string | undefined {
  const data = (err as { data?: { error?: unknown } } | undefined)?.data;
  return typeof data?.error === 'string' ? data.error : undefined;
}

/** A startup failure as one line naming the variable to fix; tokens never appear in it. */
function startupError(err: unknown, variable: string, slackApiUrl: string | undefined): Error {
  const code = platformError(err);
  if (code && BAD_CREDENTIAL.has(code)) return new ConfigError(variable, `rejected by Slack (${code})`);
  const detail = scrubSecrets(err instanceof Error ? err.message : String(err));
  const where = slackApiUrl ? ` at ${slackApiUrl}` : '';
  return new Error(
    `Could not start the Slack app: Slack's API${where} did not answer as expected (${detail})`,
  );
}

/** Web API options shared by Bolt's client and the Socket Mode client, plus a fetch with a deadline. */
function clientOptions(config: Config, options: SlackBotOptions): webApi.WebClientOptions {
  const timeout = options.timeoutMs ?? 10_000;
  const fetchWithTimeout: webApi.FetchFunction = (url, init) =>
    fetch(url, { ...init, signal: init?.signal ?? AbortSignal.timeout(timeout) } as RequestInit);
  return {
    ...(config.SLACK_API_URL ? { slackApiUrl: `${config.SLACK_API_URL}/` } : {}),
    retryConfig: { retries: options.retries ?? 2, factor: 2, minTimeout: 500, maxTimeout: 4000 },
    timeout,
    rejectRateLimitedCalls: false,
    fetch: fetchWithTimeout,
  };
}

/**
 * Starts the Slack app: Socket Mode when SLACK_APP_TOKEN is set, otherwise HTTP on HOST:PORT with Bolt's
 * `/slack/events`. Resolves once Slack accepted the bot token and the app is listening.
 */
export async function startSlackBot(deps: {
  config: Config;
  engine: Engine;
  logger: Logger;
  options?: SlackBotOptions;
}): Promise<SlackBot> {
  const { config, engine, options = {} } = deps;
  const logger = deps.logger.child({ platform: 'slack' });
  const token = config.SLACK_BOT_TOKEN;
  if (!token) throw new ConfigError('SLACK_BOT_TOKEN', 'required when Slack is configured');
  const socketMode = Boolean(config.SLACK_APP_TOKEN);
  if (!socketMode && !config.SLACK_SIGNING_SECRET) {
    throw new ConfigError(
      'SLACK_SIGNING_SECRET',
      'required for HTTP mode (or set SLACK_APP_TOKEN for Socket Mode)',
    );
  }

  const log = boltLogger(logger);
  const webOptions = clientOptions(config, options);
  const inFlight = createInFlight();
  const state: GateState = { draining: false, started: false };
  const receiver = config.SLACK_APP_TOKEN
    ? new SlackSocketReceiver({ appToken: config.SLACK_APP_TOKEN, logger: log, clientOptions: webOptions })
    : undefined;
  const httpReceiver = receiver
    ? undefined
    : new HTTPReceiver({
        signingSecret: config.SLACK_SIGNING_SECRET!,
        logger: log,
        processBeforeResponse: false,
      });
  if (httpReceiver)
    httpReceiver.requestListener = gateRequests(httpReceiver.requestListener, state, inFlight);
  const app = new App({
    token,
    receiver: receiver ?? httpReceiver,
    logger: log,
    clientOptions: webOptions,
    // The bot token is checked once, here, so a bad token fails startup instead of every event.
    deferInitialization: true,
    // Ack first, answer after: the engine may take longer than Slack's 3 s.
    processBeforeResponse: false,
    // Bolt's conversation store is unused (the engine keeps context) and costs time on every request.
    convoStore: false,
  });

  // Counts each request until its listeners are done, so a shutdown can finish acknowledged answers.
  app.use(({ next }) => inFlight.track(next));
  registerListeners(app, {
    engine,
    logger,
    limiter: createRateLimiter(options.rateLimit ?? { capacity: 5, refillPerSecond: 0.25 }),
    dedupe: createDeduper(),
    shares: createShareStore(),
  });
  app.error(async (error) => {
    logger.error({ err: loggableError(error) }, 'Slack listener failed');
  });

  try {
    await app.init();
  } catch (err) {
    throw startupError(err, 'SLACK_BOT_TOKEN', config.SLACK_API_URL);
  }

  if (receiver) {
    try {
      await app.start();
    } catch (err) {
      await receiver.stop().catch(() => {});
      throw startupError(err, 'SLACK_APP_TOKEN', config.SLACK_API_URL);
    }
    logger.info('Slack app connected in Socket Mode');
    state.started = true;
    return {
      // Disconnecting first stops new events; those already acknowledged still finish.
      stop: async () => {
        state.draining = true;
        await app.stop();
        await drain(inFlight, config.SHUTDOWN_GRACE_MS, logger);
      },
    };
  }

  const server = await app.start({ port: config.PORT, host: config.HOST });
  const port = (server.address() as AddressInfo).port;
  state.started = true;
  logger.info({ host: config.HOST, port }, 'Slack app listening for HTTP events on /slack/events');
  return {
    port,
    // New requests get 503 (Slack retries them), acknowledged answers finish, then the port closes.
    stop: async () => {
      state.draining = true;
      await drain(inFlight, config.SHUTDOWN_GRACE_MS, logger);
      server.closeIdleConnections();
      const closed = app.stop();
      server.closeAllConnections();
      await closed;
    },
  };
}

async function drain(inFlight: ReturnType<typeof createInFlight>, graceMs: number, logger: Logger) {
  const pending = inFlight.size;
  if (pending > 0) logger.info({ pending, graceMs }, 'finishing acknowledged Slack requests before exit');
  if (!(await inFlight.idle(graceMs)))
    logger.warn({ unfinished: inFlight.size }, 'shutdown grace period ended with Slack answers unfinished');
}
