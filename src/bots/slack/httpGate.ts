import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { InFlight } from '../inFlight.js';

/** Slack's signing window: Bolt refuses older timestamps; the gate refuses ones this far ahead. */
export const SIGNING_WINDOW_SECONDS = 5 * 60;

export interface GateState {
  /** Shutting down: new work goes elsewhere (Slack retries a 503 delivery). */
  draining: boolean;
  /** City files loaded and the bot token accepted by Slack. */
  started: boolean;
}

function json(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store', ...headers });
  res.end(JSON.stringify(body));
}

/**
 * Wraps Bolt's HTTP request listener: `/healthz` (process up) and `/readyz` (started and not
 * draining) for deployers, 503 for new work while draining, and a request signed with a timestamp
 * from the future refused before Bolt (which checks only the past). Requests it passes on are
 * counted in `inFlight` until their response closes.
 */
export function gateRequests(
  inner: RequestListener,
  state: GateState,
  inFlight: InFlight,
  now: () => number = Date.now,
): RequestListener {
  return (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method === 'GET' && path === '/healthz') return json(res, 200, { status: 'ok' });
    if (req.method === 'GET' && path === '/readyz') {
      const status = state.draining ? 'draining' : state.started ? 'ready' : 'starting';
      return json(res, status === 'ready' ? 200 : 503, { status });
    }
    if (state.draining) {
      return json(res, 503, { error: 'shutting down' }, { 'retry-after': '5', connection: 'close' });
    }
    const timestamp = Number(req.headers['x-slack-request-timestamp']);
    if (Number.isFinite(timestamp) && timestamp > now() / 1000 + SIGNING_WINDOW_SECONDS) {
      req.resume();
      return json(res, 401, { error: 'request timestamp is in the future' });
    }
    void inFlight.track(
      () =>
        new Promise<void>((resolve) => {
          res.once('close', resolve);
          inner(req, res);
        }),
    );
  };
}
