import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SLOW_DOWN_TEXT, createRateLimiter } from '../../../src/bots/rateLimit.js';
import {
  autocomplete,
  buttonPress,
  IDS,
  mentionMessage,
  type RecordedRequest,
  slashCommand,
} from '../../fakes/discord.js';
import { pino } from 'pino';
import { startDiscordBot } from '../../../src/bots/discord/index.js';
import { loadConfig } from '../../../src/config.js';
import { startDiscordStandIn } from '../../fakes/discord.js';
import { embedTotal } from '../../fakes/discordLimits.js';
import { createFakeEngine, type FakeEngine, PAGE_SIZE } from '../../fakes/discordEngine.js';
import {
  BOT_TOKEN,
  body,
  customIds,
  forInteraction,
  type Harness,
  isCallback,
  isEditOriginal,
  runDeferredOn,
  runImmediateOn,
  settle,
  startHarness,
} from './harness.js';

const GUILDS = 1 << 0;
const GUILD_MESSAGES = 1 << 9;
const MESSAGE_CONTENT = 1 << 15;

let engine: FakeEngine;
let h: Harness;
beforeAll(async () => {
  engine = createFakeEngine();
  h = await startHarness(engine, { messageContent: true });
});
afterAll(async () => h?.stop());

const runDeferred = (i: { token: string }) => runDeferredOn(h, i);
const runImmediate = (i: { token: string }) => runImmediateOn(h, i);

describe('gateway session', () => {
  it('identifies with the token and asks for MessageContent only when configured', () => {
    expect(h.standIn.gateway.identify?.token).toBe(BOT_TOKEN);
    expect(h.standIn.gateway.identify?.intents).toBe(GUILDS | GUILD_MESSAGES | MESSAGE_CONTENT);
  });

  it('answers a heartbeat request from the gateway', async () => {
    const before = h.standIn.gateway.heartbeats;
    h.standIn.requestHeartbeat();
    await h.standIn.waitForHeartbeats(before + 1);
    expect(h.standIn.gateway.heartbeats).toBeGreaterThan(before);
  });

  it('sends REST calls with the bot token and interaction callbacks without it', async () => {
    const i = slashCommand('opendata', 'ask', { question: 'who do I contact in KC?' });
    await runDeferred(i);
    const gw = await h.standIn.waitForRequest((r) => r.route === '/gateway/bot');
    expect(gw.authorization).toBe(`Bot ${BOT_TOKEN}`);
    expect(h.standIn.requests.find(isCallback(i.token))?.authorization).toBeUndefined();
  });
});

describe('/opendata', () => {
  it('ask: defers, then edits once with the rendered answer and the asker in the channel as conversation', async () => {
    const i = slashCommand('opendata', 'ask', { question: 'who do I contact in Miami?' });
    const edit = await runDeferred(i);
    expect(edit.embeds?.[0]?.title).toBe('Contact for miami');
    expect(edit.embeds?.[0]?.fields?.at(-1)?.value).toContain('[Fake source](https://example.test/source)');
    expect(customIds(edit)).toEqual(['cdb:fb:up:contact:miami', 'cdb:fb:down:contact:miami']);
    expect(engine.calls.at(-1)).toEqual({
      method: 'ask',
      input: {
        text: 'who do I contact in Miami?',
        conversation: `discord:${IDS.channel}:user:${IDS.user}`,
        locale: 'en',
      },
    });
  });

  it('help: replies at once (no portal call) with the help embed', async () => {
    const cb = await runImmediate(slashCommand('opendata', 'help'));
    expect(cb.type).toBe(4);
    expect(cb.data?.embeds?.[0]?.title).toBe('What I can do');
    expect(cb.data?.allowed_mentions).toEqual({ parse: [] });
  });

  it('rejects a blank question with a private note and never calls the engine', async () => {
    const before = engine.calls.length;
    const cb = await runImmediate(slashCommand('opendata', 'ask', { question: '   ' }));
    expect(cb.type).toBe(4);
    expect(cb.data?.flags).toBe(64);
    expect(cb.data?.content).toMatch(/couldn't read/);
    expect(engine.calls.length).toBe(before);
  });

  it('neutralises mentions and masked links echoed from user or upstream text', async () => {
    const edit = await runDeferred(
      slashCommand('opendata', 'ask', { question: 'inject @everyone <@&42> [x](https://evil.example)' }),
    );
    const shown = JSON.stringify(edit.embeds);
    expect(shown).not.toMatch(/@everyone|@here/);
    expect(shown).not.toMatch(/<@&?\d/);
    expect(shown).not.toMatch(/(?<!\\)\[click me(?<!\\)\]\(https:\/\/evil/);
    expect(shown).not.toMatch(/(?<!\\\\)\[x\]\(https:\/\/evil/);
    expect(edit.allowed_mentions).toEqual({ parse: [] });
  });

  it('cuts an oversize answer to fit every Discord limit instead of being rejected', async () => {
    const edit = await runDeferred(slashCommand('opendata', 'ask', { question: 'huge answer in KC' }));
    expect(embedTotal(edit.embeds as never)).toBeLessThanOrEqual(6000);
    expect(edit.embeds?.[0]?.description).toContain('[more](https://example.test/source/0)');
  });

  it('apologises in the deferred reply when the engine throws, and keeps serving', async () => {
    const edit = await runDeferred(slashCommand('opendata', 'ask', { question: 'explode' }));
    expect(edit.content).toMatch(/Something went wrong/);
    const next = await runDeferred(slashCommand('opendata', 'ask', { question: 'contact in LA' }));
    expect(next.embeds?.[0]?.title).toBe('Contact for los-angeles');
  });

  it('apologises in Spanish to a user whose Discord is in Spanish', async () => {
    const edit = await runDeferred(
      slashCommand('opendata', 'ask', { question: 'explode' }, { locale: 'es-419' }),
    );
    expect(edit.content).toBe('Algo salió mal al responder. Inténtelo de nuevo en un momento.');
  });
});

describe('clarify and buttons', () => {
  it('offers city buttons; pressing one asks their question in the same conversation', async () => {
    const channelId = '1100000000000000010';
    const edit = await runDeferred(
      slashCommand('opendata', 'ask', { question: 'who do I contact?' }, { channelId }),
    );
    const ids = customIds(edit);
    expect(ids).toHaveLength(3);
    expect(edit.components?.[0]?.components.map((c) => c.label)).toEqual([
      'City of Miami',
      'Kansas City',
      'City of Los Angeles',
    ]);
    const after = await runDeferred(buttonPress(ids[1]!, { channelId }));
    expect(after.embeds?.[0]?.title).toBe('Contact for kansas-city');
    expect(engine.calls.at(-1)).toEqual({
      method: 'ask',
      input: {
        text: 'who do I contact? in Kansas City',
        conversation: `discord:${channelId}:user:${IDS.user}`,
        locale: 'en',
      },
    });
  });

  it('thanks privately for 👍 feedback without calling the engine', async () => {
    const before = engine.calls.length;
    const cb = await runImmediate(buttonPress('cdb:fb:up:contact:miami'));
    expect(cb.type).toBe(4);
    expect(cb.data?.flags).toBe(64);
    expect(cb.data?.content).toMatch(/Thanks/);
    expect(engine.calls.length).toBe(before);
    expect(h.logs.some((l) => l.includes('"feedback":"up"'))).toBe(true);
  });

  it('says a forged or expired button has expired', async () => {
    for (const id of ['cdb:k:zzzz', 'not-ours', 'cdb:fb:up:not_an_intent:miami']) {
      const cb = await runImmediate(buttonPress(id));
      expect(cb.data?.flags).toBe(64);
      expect(cb.data?.content).toMatch(/expired/);
    }
  });
});

describe('/dataset', () => {
  it('search: lists datasets as fields with ID, date and link, and pages with "More results"', async () => {
    const edit = await runDeferred(
      slashCommand('dataset', 'search', { city: 'kansas-city', query: '311 calls' }),
    );
    const fields = edit.embeds?.[0]?.fields ?? [];
    expect(fields.slice(0, PAGE_SIZE).map((f) => f.name)).toEqual(
      [1, 2, 3, 4, 5].map((n) => `${n}. Fake dataset ${n} for kansas-city`),
    );
    expect(fields[0]?.value).toContain('ID `fake-0001` · updated 2026-01-15');
    expect(fields[0]?.value).toContain('[Open on the portal](https://data.example.test/d/fake-1)');
    const more = edit.components?.at(-1)?.components[0];
    expect(more?.label).toBe('More results');

    const page2 = await runDeferred(buttonPress(more!.custom_id!));
    expect(engine.calls.at(-1)).toEqual({
      method: 'searchDatasets',
      input: {
        city: 'kansas-city',
        query: '311 calls',
        offset: 5,
        conversation: `discord:${IDS.channel}:user:${IDS.user}`,
        locale: 'en',
      },
    });
    expect(page2.embeds?.[0]?.fields?.[0]?.name).toBe('6. Fake dataset 6 for kansas-city');
  });

  it('info: defers, then shows columns and an example request', async () => {
    const edit = await runDeferred(slashCommand('dataset', 'info', { city: 'miami', id: 'abcd-1234' }));
    const fields = edit.embeds?.[0]?.fields ?? [];
    expect(fields.find((f) => f.name === 'ID')?.value).toBe('`abcd-1234`');
    expect(fields.find((f) => f.name.startsWith('Columns'))?.value).toContain('`case_id`');
    expect(fields.find((f) => f.name === 'Example request')?.value).toMatch(/^```\ncurl /);
  });

  it('autocompletes ids (at most 25) from the suggestion cache without deferring', async () => {
    const cb = await runImmediate(autocomplete('dataset', 'info', { city: 'miami', id: 'fake' }, 'id'));
    expect(cb.type).toBe(8);
    const choices = cb.data?.choices ?? [];
    expect(choices).toHaveLength(25);
    expect(choices[0]).toEqual({ name: 'Fake dataset 1 for miami (fake-0001)', value: 'fake-0001' });
  });

  it('autocompletes query titles, and nothing until a city is chosen', async () => {
    const cb = await runImmediate(
      autocomplete('dataset', 'search', { city: 'kansas-city', query: 'dataset 3' }, 'query'),
    );
    expect(cb.data?.choices?.map((c) => c.value)).toEqual([
      'Fake dataset 3 for kansas-city',
      'Fake dataset 30 for kansas-city',
      'Fake dataset 31 for kansas-city',
      'Fake dataset 32 for kansas-city',
      'Fake dataset 33 for kansas-city',
      'Fake dataset 34 for kansas-city',
      'Fake dataset 35 for kansas-city',
      'Fake dataset 36 for kansas-city',
      'Fake dataset 37 for kansas-city',
      'Fake dataset 38 for kansas-city',
      'Fake dataset 39 for kansas-city',
    ]);
    const none = await runImmediate(autocomplete('dataset', 'search', { query: 'fake' }, 'query'));
    expect(none.data?.choices).toEqual([]);
  });
});

describe('mentions', () => {
  const isChannelPost = (channel: string) => (r: RecordedRequest) =>
    r.method === 'POST' && r.route === `/channels/${channel}/messages`;

  it('answers a mention as a reply, without pinging anyone', async () => {
    const msg = mentionMessage(`<@${IDS.bot}> who do I contact in KC?`);
    h.standIn.dispatch('MESSAGE_CREATE', msg);
    const post = await h.standIn.waitForRequest(
      (r) => isChannelPost(IDS.channel)(r) && body(r).message_reference?.message_id === msg.id,
    );
    expect(post.status).toBe(200);
    await settle();
    const replies = h.standIn.requests.filter((r) => body(r).message_reference?.message_id === msg.id);
    expect(replies).toHaveLength(1);
    expect(body(post).allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(body(post).embeds?.[0]?.title).toBe('Contact for kansas-city');
    expect(engine.calls.at(-1)?.input).toEqual({
      text: 'who do I contact in KC?',
      conversation: `discord:${IDS.channel}:user:${IDS.user}`,
    });
  });

  it('replies inside the thread and keeps the asker in the thread as the conversation for follow-ups', async () => {
    const first = mentionMessage(`<@${IDS.bot}> contact in LA?`, { channelId: IDS.thread });
    h.standIn.dispatch('MESSAGE_CREATE', first);
    await h.standIn.waitForRequest(
      (r) => isChannelPost(IDS.thread)(r) && body(r).message_reference?.message_id === first.id,
    );
    const follow = mentionMessage(`<@${IDS.bot}> and who do I contact?`, { channelId: IDS.thread });
    h.standIn.dispatch('MESSAGE_CREATE', follow);
    const post = await h.standIn.waitForRequest(
      (r) => isChannelPost(IDS.thread)(r) && body(r).message_reference?.message_id === follow.id,
    );
    expect(body(post).embeds?.[0]?.title).toBe('Contact for los-angeles');
    expect(engine.calls.at(-1)?.input).toEqual({
      text: 'and who do I contact?',
      conversation: `discord:${IDS.thread}:user:${IDS.user}`,
    });
  });

  it("answers a mention of the bot's own role, but not of another role", async () => {
    const msg = mentionMessage(`<@&${IDS.botRole}> who do I contact in Miami?`, {
      mentionBot: false,
      mentionRoles: [IDS.botRole],
    });
    h.standIn.dispatch('MESSAGE_CREATE', msg);
    const post = await h.standIn.waitForRequest((r) => body(r).message_reference?.message_id === msg.id);
    expect(body(post).embeds?.[0]?.title).toBe('Contact for miami');
    expect(engine.calls.at(-1)?.input).toEqual({
      text: 'who do I contact in Miami?',
      conversation: `discord:${IDS.channel}:user:${IDS.user}`,
    });
    const other = mentionMessage(`<@&${IDS.guild}> who do I contact in Miami?`, {
      mentionBot: false,
      mentionRoles: [IDS.guild],
    });
    h.standIn.dispatch('MESSAGE_CREATE', other);
    await settle(300);
    expect(h.standIn.requests.some((r) => body(r).message_reference?.message_id === other.id)).toBe(false);
  });

  it('replies with an apology when the engine fails on a mention', async () => {
    const msg = mentionMessage(`<@${IDS.bot}> explode`);
    h.standIn.dispatch('MESSAGE_CREATE', msg);
    const post = await h.standIn.waitForRequest((r) => body(r).message_reference?.message_id === msg.id);
    expect(body(post).content).toMatch(/Something went wrong/);
    expect(body(post).allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('ignores messages that do not mention the bot, and messages from bots', async () => {
    const plain = mentionMessage('who do I contact in KC?', { mentionBot: false });
    const fromBot = { ...mentionMessage(`<@${IDS.bot}> hi in KC`), author: { ...plain.author, bot: true } };
    h.standIn.dispatch('MESSAGE_CREATE', plain);
    h.standIn.dispatch('MESSAGE_CREATE', fromBot);
    await settle(300);
    const replies = h.standIn.requests.filter(
      (r) =>
        isChannelPost(IDS.channel)(r) &&
        [plain.id, fromBot.id].includes(body(r).message_reference?.message_id ?? ''),
    );
    expect(replies).toEqual([]);
  });
});

describe('secrets', () => {
  it('never logs the bot token or an interaction token', () => {
    const tokens = h.standIn.requests
      .map((r) => /^\/interactions\/\d+\/([^/]+)\/callback$/.exec(r.route)?.[1])
      .filter((t): t is string => Boolean(t));
    expect(tokens.length).toBeGreaterThan(5);
    const all = h.logs.join('\n');
    expect(all.length).toBeGreaterThan(0);
    expect(all).not.toContain(BOT_TOKEN);
    for (const t of tokens) expect(all).not.toContain(t);
  });
});

describe('rate limit and slash-only mode', () => {
  let limited: Harness;
  let limitedEngine: FakeEngine;
  beforeAll(async () => {
    limitedEngine = createFakeEngine();
    limited = await startHarness(limitedEngine, {
      rateLimiter: createRateLimiter({ capacity: 1, refillPerSecond: 0.001 }),
      heartbeatIntervalMs: 100,
    });
  });
  afterAll(async () => limited?.stop());

  it('keeps heartbeating at the interval HELLO gave', async () => {
    await limited.standIn.waitForHeartbeats(3);
    expect(limited.standIn.gateway.heartbeats).toBeGreaterThanOrEqual(3);
  });

  it('identifies with the Guilds intent only when mentions are off', () => {
    expect(limited.standIn.gateway.identify?.intents).toBe(GUILDS);
  });

  it('answers once, says "slow down" once, then stays quiet for that user', async () => {
    const [a, b, c] = [1, 2, 3].map(() => slashCommand('opendata', 'ask', { question: 'contact in KC' }));
    limited.standIn.dispatch('INTERACTION_CREATE', a);
    await limited.standIn.waitForRequest(isEditOriginal(a!.token));
    limited.standIn.dispatch('INTERACTION_CREATE', b);
    const slow = await limited.standIn.waitForRequest(isCallback(b!.token));
    expect(body(slow).type).toBe(4);
    expect(body(slow).data?.content).toBe(SLOW_DOWN_TEXT);
    expect(body(slow).data?.flags).toBe(64);
    limited.standIn.dispatch('INTERACTION_CREATE', c);
    await settle(300);
    expect(forInteraction(limited.standIn, c!.token)).toEqual([]);
    expect(limitedEngine.calls.filter((x) => x.method === 'ask')).toHaveLength(1);
  });

  it('keeps a separate allowance per user', async () => {
    const other = slashCommand(
      'opendata',
      'ask',
      { question: 'contact in KC' },
      { userId: '1100000000000000099' },
    );
    limited.standIn.dispatch('INTERACTION_CREATE', other);
    const edit = await limited.standIn.waitForRequest(isEditOriginal(other.token));
    expect(body(edit).embeds?.[0]?.title).toBe('Contact for kansas-city');
  });

  it('does not answer mentions without the MessageContent setting', async () => {
    const msg = mentionMessage(`<@${IDS.bot}> who do I contact in KC?`, { userId: '1100000000000000098' });
    limited.standIn.dispatch('MESSAGE_CREATE', msg);
    await settle(300);
    expect(limited.standIn.requests.filter((r) => r.route.startsWith('/channels/'))).toEqual([]);
  });
});

describe('start-up failure', () => {
  it('rejects with one line when Discord refuses the token, and leaves nothing running', async () => {
    const standIn = await startDiscordStandIn({ unauthorized: true });
    try {
      const start = startDiscordBot({
        config: loadConfig({
          DISCORD_TOKEN: BOT_TOKEN,
          DISCORD_APPLICATION_ID: IDS.application,
          DISCORD_API_URL: standIn.apiUrl,
        }),
        engine: createFakeEngine(),
        logger: pino({ level: 'silent' }),
      });
      await expect(start).rejects.toThrow(
        'Invalid environment variable DISCORD_TOKEN: Discord refused this token (reset it under Bot in the Developer Portal)',
      );
      const message = await start.catch((err: Error) => err.message);
      expect(String(message)).not.toContain('\n');
      expect(String(message)).not.toContain(BOT_TOKEN);
      expect(standIn.gateway.identify).toBeUndefined();
    } finally {
      await standIn.close();
    }
  });

  it('names DISCORD_MESSAGE_CONTENT when Discord refuses the privileged intent', async () => {
    const standIn = await startDiscordStandIn({ denyMessageContent: true });
    try {
      const start = startDiscordBot({
        config: loadConfig({
          DISCORD_TOKEN: BOT_TOKEN,
          DISCORD_APPLICATION_ID: IDS.application,
          DISCORD_API_URL: standIn.apiUrl,
          DISCORD_MESSAGE_CONTENT: 'true',
        }),
        engine: createFakeEngine(),
        logger: pino({ level: 'silent' }),
      });
      await expect(start).rejects.toThrow(
        /^Invalid environment variable DISCORD_MESSAGE_CONTENT: Discord refused/,
      );
      expect(standIn.gateway.identify?.intents).toBe(GUILDS | GUILD_MESSAGES | MESSAGE_CONTENT);
    } finally {
      await standIn.close();
    }
  });

  it('refuses to start without a token', async () => {
    const config = loadConfig({ DISCORD_APPLICATION_ID: IDS.application });
    await expect(
      startDiscordBot({ config, engine: createFakeEngine(), logger: pino({ level: 'silent' }) }),
    ).rejects.toThrow('Invalid environment variable DISCORD_TOKEN: required when Discord is configured');
  });
});

describe('rate limit on mentions', () => {
  let strict: Harness;
  beforeAll(async () => {
    strict = await startHarness(createFakeEngine(), {
      messageContent: true,
      rateLimiter: createRateLimiter({ capacity: 1, refillPerSecond: 0.001 }),
    });
  });
  afterAll(async () => strict?.stop());

  it('answers, then says "slow down" once, then stays quiet', async () => {
    const msgs = [1, 2, 3].map(() => mentionMessage(`<@${IDS.bot}> who do I contact in KC?`));
    const replyTo = (id: string) => (r: RecordedRequest) => body(r).message_reference?.message_id === id;
    strict.standIn.dispatch('MESSAGE_CREATE', msgs[0]);
    expect(body(await strict.standIn.waitForRequest(replyTo(msgs[0]!.id))).embeds).toHaveLength(1);
    strict.standIn.dispatch('MESSAGE_CREATE', msgs[1]);
    expect(body(await strict.standIn.waitForRequest(replyTo(msgs[1]!.id))).content).toBe(SLOW_DOWN_TEXT);
    strict.standIn.dispatch('MESSAGE_CREATE', msgs[2]);
    await settle(300);
    expect(strict.standIn.requests.filter(replyTo(msgs[2]!.id))).toEqual([]);
  });
});
