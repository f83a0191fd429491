import { Writable } from 'node:stream';
import { expect } from 'vitest';
import { pino } from 'pino';
import { createRateLimiter, type RateLimiter } from '../../../src/bots/rateLimit.js';
import { type DiscordBot, startDiscordBot } from '../../../src/bots/discord/index.js';
import { loadConfig } from '../../../src/config.js';
import type { Engine } from '../../../src/intents/types.js';
import { type DiscordStandIn, IDS, type RecordedRequest, startDiscordStandIn } from '../../fakes/discord.js';
import { messageViolations } from '../../fakes/discordLimits.js';

export const BOT_TOKEN = 'MTEwMDAwMDAwMDAwMDAwMDAwMg.fake.stand-in-token-never-logged';

export interface Harness {
  standIn: DiscordStandIn;
  bot: DiscordBot;
  logs: string[];
  stop(): Promise<void>;
}

/** Starts the stand-in and the real discord.js client against it; logs are captured, not printed. */
export async function startHarness(
  engine: Engine,
  opts: {
    messageContent?: boolean;
    rateLimiter?: RateLimiter;
    heartbeatIntervalMs?: number;
    shutdownGraceMs?: number;
  } = {},
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
    ...(opts.shutdownGraceMs !== undefined ? { SHUTDOWN_GRACE_MS: String(opts.shutdownGraceMs) } : {}),
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
    bot,
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

/** The parts of a recorded body the tests read. */
export type Body = {
  type?: number;
  content?: string;
  flags?: number;
  data?: Body & { choices?: { name: string; value: string }[] };
  embeds?: {
    title?: string;
    description?: string;
    url?: string;
    fields?: { name: string; value: string }[];
  }[];
  components?: { components: { custom_id?: string; label?: string; emoji?: { name: string } }[] }[];
  allowed_mentions?: { parse: string[]; replied_user?: boolean };
  message_reference?: { message_id: string };
};
export const body = (r: RecordedRequest) => (r.body ?? {}) as Body;
export const customIds = (b: Body) =>
  (b.components ?? []).flatMap((row) => row.components.map((c) => c.custom_id ?? ''));

/**
 * Dispatches an interaction that should be deferred; checks it got exactly one deferral then one
 * edit of the original (no other reply), within Discord's limits and pinging nobody.
 */
export async function runDeferredOn(h: Harness, interaction: { token: string }): Promise<Body> {
  h.standIn.dispatch('INTERACTION_CREATE', interaction);
  const edit = await h.standIn.waitForRequest(isEditOriginal(interaction.token));
  await settle();
  const all = forInteraction(h.standIn, interaction.token);
  const callbacks = all.filter(isCallback(interaction.token));
  expect(callbacks).toHaveLength(1);
  expect(body(callbacks[0]!).type).toBe(5);
  expect(callbacks[0]!.at).toBeLessThan(edit.at);
  expect(all.filter(isEditOriginal(interaction.token))).toHaveLength(1);
  expect(all).toHaveLength(2);
  expect(edit.status).toBe(200);
  expect(messageViolations(edit.body)).toEqual([]);
  expect(body(edit).allowed_mentions).toEqual({ parse: [] });
  return body(edit);
}

/** Dispatches an interaction answered directly (autocomplete, help, notes); checks the one callback. */
export async function runImmediateOn(h: Harness, interaction: { token: string }): Promise<Body> {
  h.standIn.dispatch('INTERACTION_CREATE', interaction);
  const cb = await h.standIn.waitForRequest(isCallback(interaction.token));
  await settle();
  expect(forInteraction(h.standIn, interaction.token)).toHaveLength(1);
  expect(cb.status).toBe(204);
  return body(cb);
}
