import { Agent, type Dispatcher, fetch as undiciFetch } from 'undici';
import type { z } from 'zod';
import type { Logger } from '../../logger.js';
import { upstreamUrl } from '../upstreamUrl.js';
import { USER_AGENT } from '../userAgent.js';
import { type Deadline, sleep } from './deadline.js';
import { classifyFetchError, UpstreamError } from './errors.js';
import { HostLimiter } from './hostLimiter.js';
import { readCapped } from './readBody.js';
import { backoffMs, parseRetryAfter } from './retry.js';

export interface FetchInit {
  method: 'GET';
  headers: Record<string, string>;
  signal: AbortSignal;
  dispatcher?: Dispatcher;
}
/** The slice of a fetch Response we use, so tests and callers may pass any fetch. */
export interface FetchResponse {
  status: number;
  headers: { get(name: string): string | null };
  body: ReadableStream<Uint8Array> | null;
}
export type FetchImpl = (url: string, init: FetchInit) => Promise<FetchResponse>;

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
}

export interface GetJsonOptions {
  deadline: Deadline;
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
  const agent = opts.fetchImpl
    ? undefined
    : new Agent({
        keepAliveTimeout: 10_000,
        keepAliveMaxTimeout: 60_000,
        connect: { timeout: opts.connectTimeoutMs ?? 900 },
        headersTimeout: 15_000,
        bodyTimeout: 15_000,
      });
  const doFetch: FetchImpl =
    opts.fetchImpl ??
    (async (url, init) => {
      const res = await undiciFetch(url, { ...init, dispatcher: agent });
      return {
        status: res.status,
        headers: res.headers,
        body: res.body as ReadableStream<Uint8Array> | null,
      };
    });

  async function attempt<T>(url: string, schema: z.ZodType<T>, o: GetJsonOptions): Promise<T> {
    const host = new URL(url).host;
    const release = await limiter.acquire(host, o.deadline.signal);
    try {
      const res = await doFetch(upstreamUrl(url, opts.override), {
        method: 'GET',
        headers: { accept: 'application/json', 'user-agent': USER_AGENT, ...o.headers },
        signal: o.deadline.signal,
      });
      const status = res.status;
      if (status < 200 || status >= 300) {
        await res.body?.cancel().catch(() => undefined);
        throw statusError(status, parseRetryAfter(res.headers.get('retry-after')));
      }
      const declared = Number(res.headers.get('content-length') ?? Number.NaN);
      if (declared > maxBodyBytes) {
        await res.body?.cancel().catch(() => undefined);
        throw new UpstreamError('bad_response', `The portal sent more than ${maxBodyBytes} bytes.`);
      }
      const text = await readCapped(res.body, maxBodyBytes);
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
      throw classifyFetchError(err, o.deadline.signal.aborted);
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
      // Idempotent: shutdown paths may call it twice.
      if (agent && !agent.closed && !agent.destroyed) await agent.close();
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
    return new UpstreamError('unavailable', `The portal answered HTTP ${status}.`, true, retryAfterMs);
  }
  if (status >= 500) return new UpstreamError('unavailable', `The portal answered HTTP ${status}.`);
  return new UpstreamError('bad_response', `The portal answered HTTP ${status}.`);
}
