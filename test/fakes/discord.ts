import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { type WebSocket, WebSocketServer } from 'ws';
import { messageViolations } from './discordLimits.js';

/**
 * A local stand-in for Discord: the REST routes the bot uses and a gateway WebSocket (HELLO,
 * IDENTIFY, READY, GUILD_CREATE, heartbeats, dispatches). Listens on 127.0.0.1 only. Message
 * bodies are checked against Discord's limits and rejected with 400/50035 as the real API would.
 */

export const IDS = {
  application: '1100000000000000001',
  bot: '1100000000000000002',
  guild: '1100000000000000003',
  channel: '1100000000000000004',
  thread: '1100000000000000005',
  user: '1100000000000000006',
  commandOpendata: '1100000000000000007',
  commandDataset: '1100000000000000008',
  /** The managed role Discord gives the bot in the guild. */
  botRole: '1100000000000000009',
} as const;

export interface RecordedRequest {
  method: string;
  /** Path after `/api/v10`, e.g. `/interactions/123/tok/callback`. */
  route: string;
  query: URLSearchParams;
  body: unknown;
  authorization: string | undefined;
  status: number;
  at: number;
}

export interface GatewayRecord {
  identify?: { token: string; intents: number };
  heartbeats: number;
}

let snowflakeCounter = 0n;
export function snowflake(): string {
  snowflakeCounter += 1n;
  return ((BigInt(Date.now() - 1420070400000) << 22n) + snowflakeCounter).toString();
}

const botUser = {
  id: IDS.bot,
  username: 'civic-data-bot',
  discriminator: '0',
  global_name: null,
  avatar: null,
  bot: true,
  flags: 0,
};

export function userObject(id: string = IDS.user, username = 'ana') {
  return { id, username, discriminator: '0', global_name: username, avatar: null, flags: 0 };
}

function guildObject() {
  const now = new Date().toISOString();
  return {
    id: IDS.guild,
    name: 'Civic Hackathon',
    icon: null,
    splash: null,
    discovery_splash: null,
    owner_id: IDS.user,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    roles: [
      {
        id: IDS.guild,
        name: '@everyone',
        color: 0,
        hoist: false,
        icon: null,
        unicode_emoji: null,
        position: 0,
        permissions: '1071698660929',
        managed: false,
        mentionable: false,
        flags: 0,
      },
      {
        id: IDS.botRole,
        name: 'civic-data-bot',
        color: 0,
        hoist: false,
        icon: null,
        unicode_emoji: null,
        position: 1,
        permissions: '274877991936',
        managed: true,
        mentionable: true,
        flags: 0,
        tags: { bot_id: IDS.bot },
      },
    ],
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    application_id: null,
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: 0,
    preferred_locale: 'en-US',
    public_updates_channel_id: null,
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
    joined_at: now,
    large: false,
    unavailable: false,
    member_count: 2,
    members: [],
    voice_states: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
    channels: [
      {
        id: IDS.channel,
        type: 0,
        guild_id: IDS.guild,
        name: 'open-data',
        position: 0,
        permission_overwrites: [],
        topic: null,
        nsfw: false,
        last_message_id: null,
        rate_limit_per_user: 0,
        parent_id: null,
      },
    ],
    threads: [
      {
        id: IDS.thread,
        type: 11,
        guild_id: IDS.guild,
        parent_id: IDS.channel,
        owner_id: IDS.user,
        name: 'KC data questions',
        last_message_id: null,
        rate_limit_per_user: 0,
        message_count: 1,
        member_count: 1,
        thread_metadata: {
          archived: false,
          auto_archive_duration: 1440,
          archive_timestamp: now,
          locked: false,
        },
      },
    ],
  };
}

function channelObject(id: string) {
  return id === IDS.thread
    ? { id, type: 11, guild_id: IDS.guild, parent_id: IDS.channel, name: 'KC data questions' }
    : { id, type: 0, guild_id: IDS.guild, name: 'open-data', permissions: '1071698660929' };
}

function messageObject(
  channelId: string,
  body: Record<string, unknown>,
  extra: Record<string, unknown> = {},
) {
  return {
    id: snowflake(),
    channel_id: channelId,
    author: botUser,
    content: typeof body.content === 'string' ? body.content : '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: Array.isArray(body.embeds) ? body.embeds : [],
    components: Array.isArray(body.components) ? body.components : [],
    pinned: false,
    type: 0,
    flags: 0,
    ...extra,
  };
}

/** Options for an INTERACTION_CREATE built by the helpers below. */
export interface InteractionOpts {
  channelId?: string;
  userId?: string;
  /** The user's client language (default en-US). */
  locale?: string;
}

function interactionBase(type: number, opts: InteractionOpts) {
  const channelId = opts.channelId ?? IDS.channel;
  const id = snowflake();
  return {
    id,
    application_id: IDS.application,
    type,
    // Real interaction tokens are long opaque strings; the bot must never log them.
    token: `aW50ZXJhY3Rpb246${id}${randomBytes(48).toString('base64url')}`,
    version: 1,
    guild_id: IDS.guild,
    channel_id: channelId,
    channel: channelObject(channelId),
    member: {
      user: userObject(opts.userId ?? IDS.user),
      roles: [],
      joined_at: new Date().toISOString(),
      deaf: false,
      mute: false,
      flags: 0,
      permissions: '1071698660929',
    },
    app_permissions: '1071698660929',
    locale: opts.locale ?? 'en-US',
    guild_locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: { '0': IDS.guild },
    context: 0,
    attachment_size_limit: 10485760,
  };
}

type OptionValue = { name: string; value: string; focused?: boolean };

function commandData(command: string, sub: string, options: OptionValue[]) {
  return {
    id: command === 'opendata' ? IDS.commandOpendata : IDS.commandDataset,
    name: command,
    type: 1,
    guild_id: IDS.guild,
    options: [{ type: 1, name: sub, options: options.map((o) => ({ type: 3, ...o })) }],
  };
}

export function slashCommand(
  command: string,
  sub: string,
  options: Record<string, string> = {},
  opts: InteractionOpts = {},
) {
  const list = Object.entries(options).map(([name, value]) => ({ name, value }));
  return { ...interactionBase(2, opts), data: commandData(command, sub, list) };
}

export function autocomplete(
  command: string,
  sub: string,
  options: Record<string, string>,
  focused: string,
  opts: InteractionOpts = {},
) {
  const list = Object.entries(options).map(([name, value]) =>
    name === focused ? { name, value, focused: true } : { name, value },
  );
  return { ...interactionBase(4, opts), data: commandData(command, sub, list) };
}

export function buttonPress(customId: string, opts: InteractionOpts = {}) {
  const base = interactionBase(3, opts);
  return {
    ...base,
    data: { custom_id: customId, component_type: 2 },
    message: messageObject(base.channel_id, { content: '' }, { application_id: IDS.application }),
  };
}

export function mentionMessage(
  content: string,
  opts: InteractionOpts & { mentionBot?: boolean; mentionRoles?: string[] } = {},
) {
  const channelId = opts.channelId ?? IDS.channel;
  const author = userObject(opts.userId ?? IDS.user);
  return {
    ...messageObject(channelId, { content }),
    guild_id: IDS.guild,
    author,
    member: { roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 },
    mentions: opts.mentionBot === false ? [] : [{ ...botUser, member: { roles: [] } }],
    mention_roles: opts.mentionRoles ?? [],
  };
}

export interface DiscordStandIn {
  /** For `DISCORD_API_URL`: discord.js appends `/v10`. */
  apiUrl: string;
  requests: RecordedRequest[];
  gateway: GatewayRecord;
  /** Resolves when READY and GUILD_CREATE have been sent after an IDENTIFY. */
  sessionReady: Promise<void>;
  /** Sends a DISPATCH on every open gateway connection; returns performance.now() at send. */
  dispatch(event: string, data: unknown): number;
  /** Asks the client for a heartbeat (op 1), as Discord may at any time. */
  requestHeartbeat(): void;
  /** Resolves once the client has sent at least `count` heartbeats in all (each is acknowledged). */
  waitForHeartbeats(count: number, timeoutMs?: number): Promise<void>;
  /** The first recorded request (past or future) matching `match`. */
  waitForRequest(match: (r: RecordedRequest) => boolean, timeoutMs?: number): Promise<RecordedRequest>;
  close(): Promise<void>;
}

export interface StandInOptions {
  heartbeatIntervalMs?: number;
  /** Answer every bot-token call with 401, as Discord does for a revoked token. */
  unauthorized?: boolean;
  /** Close with 4014 on an IDENTIFY asking for Message Content, as when the portal toggle is off. */
  denyMessageContent?: boolean;
}

export async function startDiscordStandIn(opts: StandInOptions = {}): Promise<DiscordStandIn> {
  const requests: RecordedRequest[] = [];
  const events = new EventEmitter();
  events.setMaxListeners(0);
  const gateway: GatewayRecord = { heartbeats: 0 };
  const sockets = new Set<WebSocket>();
  let seq = 0;
  let resolveReady!: () => void;
  const sessionReady = new Promise<void>((r) => {
    resolveReady = r;
  });

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => handleRest(req, res, Buffer.concat(chunks).toString('utf8')));
  });

  function reply(res: ServerResponse, status: number, body?: unknown) {
    if (body === undefined) {
      res.writeHead(status).end();
      return;
    }
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  }

  function handleRest(req: IncomingMessage, res: ServerResponse, text: string) {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const route = decodeURIComponent(url.pathname).replace(/^\/api\/v\d+/, '');
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = text;
    }
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      route,
      query: url.searchParams,
      body,
      authorization: req.headers.authorization,
      status: 0,
      at: performance.now(),
    };
    const respond = (status: number, payload?: unknown) => {
      record.status = status;
      requests.push(record);
      events.emit('request', record);
      reply(res, status, payload);
    };
    const obj = (body ?? {}) as Record<string, unknown>;
    const invalid = (b: unknown) => {
      const problems = messageViolations(b);
      return problems.length
        ? { code: 50035, message: `Invalid Form Body: ${problems.join('; ')}` }
        : undefined;
    };

    if (opts.unauthorized && record.authorization)
      return respond(401, { message: '401: Unauthorized', code: 0 });
    if (record.method === 'GET' && route === '/gateway/bot') {
      const { port } = server.address() as AddressInfo;
      return respond(200, {
        url: `ws://127.0.0.1:${port}`,
        shards: 1,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 },
      });
    }
    let m = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(route);
    if (record.method === 'POST' && m) {
      const data = obj.data as Record<string, unknown> | undefined;
      const problem = obj.type === 4 || obj.type === 7 ? invalid(data) : undefined;
      return problem ? respond(400, problem) : respond(204);
    }
    m = /^\/webhooks\/(\d+)\/([^/]+)\/messages\/@original$/.exec(route);
    if (record.method === 'PATCH' && m) {
      const problem = invalid(obj);
      return problem ? respond(400, problem) : respond(200, messageObject(IDS.channel, obj));
    }
    m = /^\/webhooks\/(\d+)\/([^/]+)$/.exec(route);
    if (record.method === 'POST' && m) {
      const problem = invalid(obj);
      return problem ? respond(400, problem) : respond(200, messageObject(IDS.channel, obj));
    }
    m = /^\/channels\/(\d+)\/messages$/.exec(route);
    if (record.method === 'POST' && m) {
      const problem = invalid(obj);
      return problem ? respond(400, problem) : respond(200, messageObject(m[1]!, obj));
    }
    if (record.method === 'POST' && /^\/channels\/\d+\/typing$/.test(route)) return respond(204);
    if (record.method === 'PUT' && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(route)) {
      const list = Array.isArray(body) ? body : [];
      return respond(
        200,
        list.map((c: Record<string, unknown>) => ({
          ...c,
          id: snowflake(),
          application_id: IDS.application,
          version: '1',
        })),
      );
    }
    respond(404, { message: '404: Not Found', code: 0 });
  }

  const wss = new WebSocketServer({ server });
  const send = (ws: WebSocket, payload: unknown) => ws.send(JSON.stringify(payload));
  wss.on('connection', (ws) => {
    sockets.add(ws);
    ws.on('close', () => sockets.delete(ws));
    send(ws, { op: 10, d: { heartbeat_interval: opts.heartbeatIntervalMs ?? 41_250 }, s: null, t: null });
    ws.on('message', (raw) => {
      let msg: { op?: number; d?: unknown };
      try {
        msg = JSON.parse(String(raw));
      } catch {
        ws.close(4002, 'decode error');
        return;
      }
      if (msg.op === 1) {
        gateway.heartbeats += 1;
        send(ws, { op: 11, d: null, s: null, t: null });
        events.emit('heartbeat');
      } else if (msg.op === 2) {
        const d = msg.d as { token: string; intents: number };
        gateway.identify = { token: d.token, intents: d.intents };
        if (opts.denyMessageContent && d.intents & (1 << 15)) {
          ws.close(4014, 'Disallowed intent(s).');
          return;
        }
        const { port } = server.address() as AddressInfo;
        send(ws, {
          op: 0,
          t: 'READY',
          s: ++seq,
          d: {
            v: 10,
            user: botUser,
            guilds: [{ id: IDS.guild, unavailable: true }],
            session_id: randomBytes(16).toString('hex'),
            resume_gateway_url: `ws://127.0.0.1:${port}`,
            shard: [0, 1],
            application: { id: IDS.application, flags: 0 },
          },
        });
        send(ws, { op: 0, t: 'GUILD_CREATE', s: ++seq, d: guildObject() });
        resolveReady();
      }
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    apiUrl: `http://127.0.0.1:${port}/api`,
    requests,
    gateway,
    sessionReady,
    dispatch(event, data) {
      const at = performance.now();
      for (const ws of sockets) send(ws, { op: 0, t: event, s: ++seq, d: data });
      return at;
    },
    requestHeartbeat() {
      for (const ws of sockets) send(ws, { op: 1, d: seq, s: null, t: null });
    },
    waitForHeartbeats(count, timeoutMs = 10_000) {
      if (gateway.heartbeats >= count) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          events.off('heartbeat', listener);
          reject(new Error(`stand-in: only ${gateway.heartbeats} heartbeats arrived`));
        }, timeoutMs);
        const listener = () => {
          if (gateway.heartbeats < count) return;
          clearTimeout(timer);
          events.off('heartbeat', listener);
          resolve();
        };
        events.on('heartbeat', listener);
      });
    },
    waitForRequest(match, timeoutMs = 10_000) {
      const found = requests.find(match);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          events.off('request', listener);
          reject(new Error('stand-in: no matching request arrived'));
        }, timeoutMs);
        const listener = (r: RecordedRequest) => {
          if (!match(r)) return;
          clearTimeout(timer);
          events.off('request', listener);
          resolve(r);
        };
        events.on('request', listener);
      });
    },
    async close() {
      for (const ws of sockets) ws.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
