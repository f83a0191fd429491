import { Writable } from 'node:stream';
import { pino } from 'pino';
import { createRateLimiter, type RateLimiter } from '../../../src/bots/rateLimit.js';
import { startDiscordBot } from '../../../src/bots/discord/index.js';
import { loadConfig } from '../../../src/config.js';
import type { Engine } from '../../../src/intents/types.js';
import { type DiscordStandIn, IDS, type RecordedRequest, startDiscordStandIn } from '../../fakes/discord.js';

export const BOT_TOKEN = 'MTEwMDAwMDAwMDAwMDAwMDAwMg.fake.stand-in-token-never-logged';

export interface Harness {
  standIn: DiscordStandIn;
  logs: string[];
  stop(): Promise<void>;
}

/** Starts the stand-in and the real discord.js client against it; logs are captured, not printed. */
export async function startHarness(
  engine: Engine,
  opts: { messageContent?: boolean; rateLimiter?: RateLimiter; heartbeatIntervalMs?: number } = {},
): Promise<Harness> {
  const standIn = await startDiscordStandIn({ heartbeatIntervalMs: opts.heartbeatIntervalMs });
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      logs.push(String(chunk));
      done();
    },
  });
  const config = loadConfig({
    DISCORD_TOKEN: BOT_TOKEN,
    DISCORD_APPLICATION_ID: IDS.application,
    DISCORD_API_URL: standIn.apiUrl,
    DISCORD_MESSAGE_CONTENT: opts.messageContent ? 'true' : 'false',
  });
  const logger = pino({ level: 'debug' }, sink);
  const bot = await startDiscordBot({
    config,
    engine,
    logger,
    rateLimiter: opts.rateLimiter ?? createRateLimiter({ capacity: 1000, refillPerSecond: 1000 }),
  });
  return {
    standIn,
    logs,
    async stop() {
      await bot.stop();
      await standIn.close();
    },
  };
}

/** Requests the bot made for one interaction (its callback and its webhook edits/follow-ups). */
export function forInteraction(standIn: DiscordStandIn, token: string): RecordedRequest[] {
  return standIn.requests.filter((r) => r.route.includes(`/${token}/`) || r.route.endsWith(`/${token}`));
}

export const isCallback = (token: string) => (r: RecordedRequest) =>
  r.method === 'POST' && r.route.endsWith(`/${token}/callback`);
export const isEditOriginal = (token: string) => (r: RecordedRequest) =>
  r.method === 'PATCH' && r.route.includes(`/${token}/messages/@original`);

/** Lets any stray extra request arrive before counting replies. */
export const settle = (ms = 150) => new Promise((r) => setTimeout(r, ms));
