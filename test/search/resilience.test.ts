import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { createDatasetSearch, type FetchImpl } from '../../src/search/index.js';
import { CITY_PORTALS, FIXTURE_PORTALS } from '../fakes/portal.js';
import { elapsedSince, type Harness, harness } from './helpers.js';

const KC = [FIXTURE_PORTALS.kansasCity];
const CATALOG = 'api.us.socrata.com/api/catalog/v1';
let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('retries', () => {
  it('GIVEN 429 with Retry-After: 1 THEN waits about a second, retries once and answers', async () => {
    h = await harness();
    h.fake.on(CATALOG, { status: 429, headers: { 'retry-after': '1' }, json: { error: 'slow down' } });
    const out = await h.search.search(KC, 'crime');
    expect(out.ok).toBe(true);
    expect(h.fake.requests).toHaveLength(2);
    expect(h.fake.requests[1]!.at - h.fake.requests[0]!.at).toBeGreaterThanOrEqual(950);
  });

  it('GIVEN 429 with a Retry-After beyond the budget THEN rate_limited at once, without waiting it out', async () => {
    h = await harness({ SEARCH_BUDGET_MS: '1500' });
    h.fake.on(CATALOG, { status: 429, headers: { 'retry-after': '60' } });
    const start = Date.now();
    const out = await h.search.search(KC, 'crime');
    expect(out).toMatchObject({ ok: false, error: 'rate_limited' });
    expect(h.fake.requests).toHaveLength(1);
    expect(elapsedSince(start)).toBeLessThan(1500);
  });

  it('GIVEN 429 every time THEN gives up after the attempt cap with rate_limited', async () => {
    h = await harness();
    h.fake.on(
      CATALOG,
      Array.from({ length: 5 }, () => ({ status: 429 })),
    );
    expect(await h.search.search(KC, 'crime')).toMatchObject({ ok: false, error: 'rate_limited' });
    expect(h.fake.requests).toHaveLength(3);
  });

  it('GIVEN 503 then 200 THEN retried and ok', async () => {
    h = await harness();
    h.fake.on(CATALOG, { status: 503 });
    expect((await h.search.search(KC, 'crime')).ok).toBe(true);
    expect(h.fake.requests).toHaveLength(2);
  });

  it('GIVEN 500 THEN portal_error (not unreachable) without retrying', async () => {
    h = await harness();
    h.fake.on(CATALOG, { status: 500, body: '<html>error</html>' });
    expect(await h.search.search(KC, 'crime')).toMatchObject({ ok: false, error: 'portal_error' });
    expect(h.fake.requests).toHaveLength(1);
  });

  it('GIVEN a reset connection once THEN retried and ok', async () => {
    h = await harness();
    h.fake.on(CATALOG, { reset: true });
    const out = await h.search.search(KC, 'crime');
    expect(out.ok).toBe(true);
    expect(h.fake.requests).toHaveLength(2);
  });

  it('GIVEN resets every time THEN unavailable after the attempt cap', async () => {
    h = await harness();
    h.fake.on(
      CATALOG,
      Array.from({ length: 5 }, () => ({ reset: true })),
    );
    expect(await h.search.search(KC, 'crime')).toMatchObject({ ok: false, error: 'unavailable' });
    expect(h.fake.requests).toHaveLength(3);
  });
});

describe('budget and bad bodies', () => {
  it('GIVEN an upstream slower than the budget THEN timeout soon after the budget', async () => {
    h = await harness({ SEARCH_BUDGET_MS: '300' });
    h.fake.on(CATALOG, { delayMs: 5000 });
    const start = Date.now();
    expect(await h.search.search(KC, 'crime')).toMatchObject({ ok: false, error: 'timeout' });
    expect(elapsedSince(start)).toBeLessThan(1500);
  });

  it('GIVEN headers sent but a body that never finishes THEN timeout within the budget', async () => {
    h = await harness({ SEARCH_BUDGET_MS: '400' });
    h.fake.on(CATALOG, { stallBody: true });
    const start = Date.now();
    expect(await h.search.search(KC, 'crime')).toMatchObject({ ok: false, error: 'timeout' });
    expect(elapsedSince(start)).toBeLessThan(1500);
  });

  it('GIVEN malformed JSON THEN bad_response', async () => {
    h = await harness();
    h.fake.on(CATALOG, { body: '{"results": [' });
    expect(await h.search.search(KC, 'crime')).toMatchObject({ ok: false, error: 'bad_response' });
  });

  it('GIVEN valid JSON of the wrong shape THEN bad_response saying where', async () => {
    h = await harness();
    h.fake.on(CATALOG, { json: { results: 'not a list', resultSetSize: 'many' } });
    const out = await h.search.search(KC, 'crime');
    expect(out).toMatchObject({ ok: false, error: 'bad_response' });
    if (!out.ok) expect(out.message).toMatch(/unexpected shape \(results/);
    expect(h.logs()).toContain('unexpected shape');
  });

  it('GIVEN a 10 MB streamed body THEN bad_response (size cap), and the search keeps working', async () => {
    h = await harness();
    h.fake.on(CATALOG, { sizeBytes: 10 * 1024 * 1024 });
    const out = await h.search.search(KC, 'crime');
    expect(out).toMatchObject({ ok: false, error: 'bad_response' });
    if (!out.ok) expect(out.message).toContain('more than');
    expect((await h.search.search(KC, 'property')).ok).toBe(true);
  });

  it('GIVEN a declared 10 MB content-length THEN refused before reading', async () => {
    h = await harness({}, { maxBodyBytes: 1024 * 1024 });
    h.fake.on(CATALOG, { sizeBytes: 10 * 1024 * 1024, declareLength: true });
    expect(await h.search.search(KC, 'crime')).toMatchObject({ ok: false, error: 'bad_response' });
  });
});

describe('cache', () => {
  it('GIVEN 20 concurrent identical searches THEN one upstream request and 20 equal answers', async () => {
    h = await harness({}, {}, { latencyMs: 100 });
    const outs = await Promise.all(Array.from({ length: 20 }, () => h!.search.search(KC, 'crime')));
    expect(h.fake.requests).toHaveLength(1);
    expect(outs.every((o) => o.ok)).toBe(true);
    expect(new Set(outs.map((o) => JSON.stringify(o))).size).toBe(1);
  });

  it('GIVEN a repeated search within the TTL THEN answered from cache without upstream', async () => {
    h = await harness();
    await h.search.search(KC, 'crime');
    await h.search.search(KC, '  CRIME ');
    expect(h.fake.requests).toHaveLength(1);
  });

  it('GIVEN an expired entry and a failing upstream THEN the old answer comes back marked stale', async () => {
    h = await harness({}, { searchTtlMs: 1 });
    const fresh = await h.search.search(KC, 'crime');
    await new Promise((r) => setTimeout(r, 10));
    h.fake.on(
      CATALOG,
      Array.from({ length: 5 }, () => ({ status: 503 })),
    );
    const stale = await h.search.search(KC, 'crime');
    expect(stale).toMatchObject({ ok: true, stale: true });
    if (fresh.ok && stale.ok) expect(stale.hits).toEqual(fresh.hits);
    expect(h.fake.requests.length).toBeGreaterThan(1);
  });

  it('GIVEN expired details and a failing portal THEN the old details, marked stale', async () => {
    h = await harness({}, { metadataTtlMs: 1 });
    const fresh = await h.search.details(KC, 'vq3e-m9ge');
    await new Promise((r) => setTimeout(r, 10));
    h.fake.on(
      '/api/views/',
      Array.from({ length: 5 }, () => ({ status: 502 })),
    );
    const stale = await h.search.details(KC, 'vq3e-m9ge');
    expect(stale).toMatchObject({ ok: true, stale: true });
    if (fresh.ok && stale.ok) expect(stale.details).toEqual(fresh.details);
  });

  it('GIVEN no cached entry and a failing upstream THEN an error, never stale data from elsewhere', async () => {
    h = await harness();
    await h.search.search(KC, 'crime');
    h.fake.on(CATALOG, { status: 500 });
    expect(await h.search.search(KC, 'property')).toMatchObject({ ok: false, error: 'portal_error' });
  });

  it('GIVEN details cached THEN a second ask makes no upstream call', async () => {
    h = await harness();
    await h.search.details(CITY_PORTALS.miami, '7cc10915ede14bb58be312413842a4ce_0');
    const before = h.fake.requests.length;
    const again = await h.search.details(CITY_PORTALS.miami, '7CC10915EDE14BB58BE312413842A4CE_0');
    expect(again.ok).toBe(true);
    expect(h.fake.requests.length).toBe(before);
  });
});

describe('keep-alive', () => {
  it('GIVEN sequential calls, including a 404, THEN sockets are reused rather than one per call', async () => {
    h = await harness();
    for (const q of ['a', 'b', 'c', 'd', 'e']) await h.search.search(KC, q);
    await h.search.details(KC, 'zzzz-9999');
    for (const id of ['vq3e-m9ge', 'd4px-6rwg', 'nsn9-g8a4']) await h.search.details(KC, id);
    expect(h.fake.requests).toHaveLength(9);
    // undici may open a second socket while the first is being released; never one per call.
    expect(h.fake.connections()).toBeLessThanOrEqual(2);
  });
});

describe('per-host concurrency', () => {
  it('GIVEN many distinct searches to one host THEN at most perHostLimit in flight there, all answered', async () => {
    h = await harness({}, { perHostLimit: 2 }, { latencyMs: 50 });
    const outs = await Promise.all(['a', 'b', 'c', 'd', 'e', 'f'].map((q) => h!.search.search(KC, q)));
    expect(outs.every((o) => o.ok)).toBe(true);
    expect(h.fake.maxInFlightByHost.get('api.us.socrata.com')).toBe(2);
  });
});

describe('unreachable portals', () => {
  it('GIVEN a refused connection THEN unavailable within a second', async () => {
    const probe = createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
    const port = (probe.address() as AddressInfo).port;
    await new Promise<void>((r) => probe.close(() => r()));
    const search = createDatasetSearch({
      config: loadConfig({ UPSTREAM_OVERRIDE: `http://127.0.0.1:${port}` }),
      logger: createLogger('silent', { pretty: false }),
    });
    const start = Date.now();
    const out = await search.search(KC, 'crime');
    expect(out).toMatchObject({ ok: false, error: 'unavailable' });
    expect(elapsedSince(start)).toBeLessThan(1000);
    await search.close();
  });

  it('GIVEN a DNS failure from fetch THEN unavailable at once, no retries', async () => {
    let calls = 0;
    const fetchImpl: FetchImpl = async () => {
      calls++;
      throw new TypeError('fetch failed', {
        cause: Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' }),
      });
    };
    const search = createDatasetSearch({
      config: loadConfig({}),
      logger: createLogger('silent', { pretty: false }),
      fetchImpl,
    });
    expect(await search.search(KC, 'crime')).toMatchObject({ ok: false, error: 'unavailable' });
    expect(await search.details(KC, 'd4px-6rwg')).toMatchObject({ ok: false, error: 'unavailable' });
    expect(calls).toBe(2);
    await search.close();
  });

  it('GIVEN an unreachable host THEN it is skipped during the cool-down and asked again after it', async () => {
    let calls = 0;
    const fetchImpl: FetchImpl = async () => {
      calls++;
      throw new TypeError('fetch failed', {
        cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
      });
    };
    const search = createDatasetSearch({
      config: loadConfig({}),
      logger: createLogger('silent', { pretty: false }),
      fetchImpl,
      unreachableCooldownMs: 200,
    });
    expect(await search.search(KC, 'crime')).toMatchObject({ ok: false, error: 'unavailable' });
    expect(await search.search(KC, 'permits')).toMatchObject({ ok: false, error: 'unavailable' });
    expect(calls).toBe(1);
    await new Promise((r) => setTimeout(r, 250));
    expect(await search.search(KC, 'trees')).toMatchObject({ ok: false, error: 'unavailable' });
    expect(calls).toBe(2);
    await search.close();
  });

  it('GIVEN a fetch that throws something odd THEN still an outcome, never a throw', async () => {
    const fetchImpl: FetchImpl = async () => {
      throw 'weird';
    };
    const search = createDatasetSearch({
      config: loadConfig({}),
      logger: createLogger('silent', { pretty: false }),
      fetchImpl,
    });
    await expect(search.search(KC, 'crime')).resolves.toMatchObject({ ok: false });
    await expect(search.suggest(KC, 'cr')).resolves.toEqual([]);
    await search.close();
  });
});
