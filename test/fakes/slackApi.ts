import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

/** One Web API call that reached the stand-in, with its arguments decoded. */
export interface ApiCall {
  method: string;
  args: Record<string, unknown>;
  authorization: string | undefined;
}
/** One POST to a response_url. */
export interface ResponseUrlPost {
  id: string;
  payload: Record<string, unknown>;
}

export const BOT_USER_ID = 'UBOT0001';
export const BOT_ID = 'BBOT0001';
export const TEAM_ID = 'T0TEST01';

function decode(contentType: string | undefined, raw: string): Record<string, unknown> {
  if (contentType?.includes('application/json'))
    return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    out[k] = /^[[{]/.test(v) ? JSON.parse(v) : v;
  }
  return out;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * A loopback stand-in for Slack: the Web API under `/api/<method>`, response_urls under `/response/<id>`, and
 * a Socket Mode WebSocket at `/socket`. It records everything it receives.
 */
export async function startSlackStandIn(
  opts: {
    authError?: string;
    appTokenError?: string;
    /** chat.postMessage answers `{ ok: false, ...this }` (a refusal whose body echoes something back). */
    postMessageError?: Record<string, unknown>;
  } = {},
) {
  const calls: ApiCall[] = [];
  const responses: ResponseUrlPost[] = [];
  const sockets = new Set<WebSocket>();
  let tsCounter = 0;
  const waiters = new Set<() => void>();
  const notify = () => {
    for (const w of waiters) w();
  };

  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const raw = await readBody(req);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (url.pathname.startsWith('/api/')) {
      const method = url.pathname.slice('/api/'.length);
      const args = decode(req.headers['content-type'], raw);
      calls.push({ method, args, authorization: req.headers.authorization });
      notify();
      if (method === 'auth.test') {
        if (opts.authError) return json(200, { ok: false, error: opts.authError });
        return json(200, { ok: true, user_id: BOT_USER_ID, bot_id: BOT_ID, team_id: TEAM_ID, user: 'civic' });
      }
      if (method === 'apps.connections.open') {
        if (opts.appTokenError) return json(200, { ok: false, error: opts.appTokenError });
        return json(200, { ok: true, url: `ws://127.0.0.1:${port}/socket` });
      }
      if (method === 'chat.postMessage') {
        if (opts.postMessageError) return json(200, { ok: false, ...opts.postMessageError });
        tsCounter += 1;
        return json(200, {
          ok: true,
          channel: args.channel,
          ts: `1700000100.${String(tsCounter).padStart(6, '0')}`,
        });
      }
      return json(200, { ok: true });
    }
    if (url.pathname.startsWith('/response/')) {
      responses.push({
        id: url.pathname.slice('/response/'.length),
        payload: decode(req.headers['content-type'], raw),
      });
      notify();
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('ok');
      return;
    }
    res.writeHead(404);
    res.end();
  });

  const wss = new WebSocketServer({ server, path: '/socket' });
  const acks: Record<string, unknown>[] = [];
  wss.on('connection', (ws) => {
    sockets.add(ws);
    ws.on('close', () => sockets.delete(ws));
    ws.on('message', (data) => {
      acks.push(JSON.parse(data.toString()) as Record<string, unknown>);
      notify();
    });
    ws.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0TEST' } }));
  });

  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const port = (server.address() as AddressInfo).port;
  const base = `http://127.0.0.1:${port}`;

  /** Resolves when `check` returns a value; rejects after `ms` (a wait for an async reply, not a speed test). */
  async function waitFor<T>(check: () => T | undefined, ms = 5000): Promise<T> {
    const first = check();
    if (first !== undefined) return first;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        waiters.delete(waiter);
        reject(new Error('timed out waiting for the Slack stand-in to receive the expected request'));
      }, ms);
      const waiter = () => {
        const v = check();
        if (v === undefined) return;
        clearTimeout(timer);
        waiters.delete(waiter);
        resolve(v);
      };
      waiters.add(waiter);
    });
  }

  return {
    base,
    apiUrl: `${base}/api`,
    responseUrl: (id: string) => `${base}/response/${id}`,
    calls,
    responses,
    acks,
    posts: () => calls.filter((c) => c.method === 'chat.postMessage'),
    waitFor,
    /** Pushes one Socket Mode envelope to every connected client. */
    sendEnvelope(envelope: Record<string, unknown>) {
      for (const ws of sockets) ws.send(JSON.stringify(envelope));
    },
    connected: () => sockets.size,
    /** Gives in-flight work time to land before a test asserts that nothing more arrived. */
    async settle(ms = 150) {
      await new Promise((r) => setTimeout(r, ms));
    },
    async close() {
      for (const ws of sockets) ws.terminate();
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
export type SlackStandIn = Awaited<ReturnType<typeof startSlackStandIn>>;
