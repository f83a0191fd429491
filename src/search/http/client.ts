import { Agent } from 'undici';
import type { z } from 'zod';
import type { Logger } from '../../logger.js';
import { upstreamUrl } from '../upstreamUrl.js';
import { USER_AGENT } from '../userAgent.js';
import { type Deadline, sleep } from './deadline.js';
import { classifyFetchError, UnreachableError, UpstreamError } from './errors.js';
import { HostLimiter } from './hostLimiter.js';
import type { OutboundPolicy } from './outboundPolicy.js';
import { publicOnlyLookup, type Resolve } from './publicAddress.js';
import { backoffMs, parseRetryAfter } from './retry.js';
import { type FetchImpl, fetchTransport, type Transport, undiciTransport } from './transport.js';

export type { FetchImpl, FetchInit, FetchResponse } from './transport.js';

export interface HttpOptions {
  override?: string;
  logger: Logger;
  fetchImpl?: FetchImpl;
  /** Concurrent requests per upstream host. */
  perHostLimit?: number;
  maxBodyBytes?: number;
  maxAttempts?: number;
  backoffBaseMs?: number;
  connectTimeoutMs?: number;
  /** How long a host that could not be reached at all is skipped (a circuit breaker). */
  unreachableCooldownMs?: number;
  /** Name resolution behind the public-address check (tests fake DNS answers). */
  resolve?: Resolve;
}

export interface GetJsonOptions {
  deadline: Deadline;
  /** What may be fetched, checked on the logical URL of the request and of every redirect hop. */
  policy: OutboundPolicy;
  headers?: Record<string, string>;
  /** Platform error bodies sent with HTTP 200 (ArcGIS, CKAN) become errors here. */
  detectError?: (body: unknown) => UpstreamError | undefined;
}

const RETRY_STATUSES = new Set([429, 502, 503, 504]);
/** Below this much budget a retry cannot finish, so the error goes back at once. */
const MIN_USEFUL_MS = 50;

export interface HttpClient {
  getJson<T>(url: string, schema: z.ZodType<T>, opts: GetJsonOptions): Promise<T>;
  close(): Promise<void>;
}

export function createHttpClient(opts: HttpOptions): HttpClient {
  const maxBodyBytes = opts.maxBodyBytes ?? 4 * 1024 * 1024;
  const maxAttempts = opts.maxAttempts ?? 3;
  const backoffBase = opts.backoffBaseMs ?? 100;
  const limiter = new HostLimiter(opts.perHostLimit ?? 8);
  // Offline or blocked network: without this every question would pay the failed DNS/connect again.
  const cooldownMs = opts.unreachableCooldownMs ?? 30_000;
  const downUntil = new Map<string, number>();
  const agent = opts.fetchImpl
    ? undefined
    : new Agent({
        keepAliveTimeout: 10_000,
        keepAliveMaxTimeout: 60_000,
        connect: {
          timeout: opts.connectTimeoutMs ?? 900,
          // Only the override target (a test's loopback fake) may resolve to a non-public address.
          lookup: publicOnlyLookup({
            resolve: opts.resolve,
            trustedHost: opts.override ? new URL(opts.override).hostname : undefined,
          }),
        },
        headersTimeout: 15_000,
        bodyTimeout: 15_000,
      });
  const transport: Transport = opts.fetchImpl ? fetchTransport(opts.fetchImpl) : undiciTransport(agent!);

  /**
   * Redirects are followed by hand so every hop goes through the override seam and the outbound
   * policy; once a hop leaves the first host, credentials stay behind.
   */
  async function exchange(
    url: string,
    o: GetJsonOptions,
  ): Promise<{ url: string; res: Awaited<ReturnType<Transport>> }> {
    const headers = { accept: 'application/json', 'user-agent': USER_AGENT, ...o.headers };
    const first = new URL(url);
    let current = first;
    for (let hop = 0; ; hop++) {
      o.policy.assertAllowed(current);
      const sent = o.policy.headersFor(current, headers, current.host !== first.host);
      const res = await transport(upstreamUrl(current.href, opts.override), sent, o.deadline.signal);
      const location = res.header('location');
      if (![301, 302, 303, 307, 308].includes(res.status) || !location) return { url: current.href, res };
      await res.discard();
      if (hop >= 3) throw new UpstreamError('bad_response', 'The portal redirected too many times.');
      current = new URL(location, current);
    }
  }

  async function attempt<T>(url: string, schema: z.ZodType<T>, o: GetJsonOptions): Promise<T> {
    const host = new URL(url).host;
    if ((downUntil.get(host) ?? 0) > Date.now()) {
      throw new UnreachableError('The portal could not be reached moments ago; not retried yet.');
    }
    const release = await limiter.acquire(host, o.deadline.signal);
    try {
      const { res } = await exchange(url, o);
      const status = res.status;
      if (status < 200 || status >= 300) {
        await res.discard();
        throw statusError(status, parseRetryAfter(res.header('retry-after') ?? null));
      }
      const declared = Number(res.header('content-length') ?? Number.NaN);
      if (declared > maxBodyBytes) {
        await res.discard();
        throw new UpstreamError('bad_response', `The portal sent more than ${maxBodyBytes} bytes.`);
      }
      const text = await res.text(maxBodyBytes);
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        throw new UpstreamError('bad_response', 'The portal sent something that is not JSON.');
      }
      const platformError = o.detectError?.(json);
      if (platformError) throw platformError;
      const parsed = schema.safeParse(json);
      if (!parsed.success) {
        const where = parsed.error.issues
          .slice(0, 3)
          .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
          .join('; ');
        opts.logger.warn({ host, issues: where }, 'portal response has an unexpected shape');
        throw new UpstreamError('bad_response', `The portal's answer has an unexpected shape (${where}).`);
      }
      return parsed.data;
    } catch (err) {
      const classified = classifyFetchError(err, o.deadline.signal.aborted);
      if (classified instanceof UnreachableError && cooldownMs > 0)
        downUntil.set(host, Date.now() + cooldownMs);
      throw classified;
    } finally {
      release();
    }
  }

  return {
    async getJson<T>(url: string, schema: z.ZodType<T>, o: GetJsonOptions): Promise<T> {
      for (let n = 0; ; n++) {
        try {
          return await attempt(url, schema, o);
        } catch (raw) {
          const err = classifyFetchError(raw, o.deadline.signal.aborted);
          if (!err.retryable || n + 1 >= maxAttempts) throw err;
          const wait = Math.max(backoffMs(n, backoffBase, 1000), err.retryAfterMs ?? 0);
          if (wait + MIN_USEFUL_MS > o.deadline.remaining()) throw err;
          opts.logger.debug({ host: new URL(url).host, attempt: n + 1, wait }, 'retrying portal request');
          await sleep(wait, o.deadline.signal);
        }
      }
    },
    async close() {
      // Idempotent, and does not wait for in-flight portal calls (a background autocomplete
      // may still be running); their callers get an error outcome.
      if (agent && !agent.closed && !agent.destroyed) await agent.destroy();
    },
  };
}

function statusError(status: number, retryAfterMs: number | undefined): UpstreamError {
  if (status === 404 || status === 410)
    return new UpstreamError('not_found', 'The portal has no such dataset.');
  if (status === 401 || status === 403) {
    return new UpstreamError('not_found', 'The portal says this is not public.');
  }
  if (status === 429) {
    return new UpstreamError('rate_limited', 'The portal is rate-limiting requests.', true, retryAfterMs);
  }
  if (RETRY_STATUSES.has(status)) {
    return new UpstreamError('portal_error', `The portal answered HTTP ${status}.`, true, retryAfterMs);
  }
  if (status >= 500) return new UpstreamError('portal_error', `The portal answered HTTP ${status}.`);
  return new UpstreamError('bad_response', `The portal answered HTTP ${status}.`);
}
