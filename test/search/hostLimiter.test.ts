import { describe, expect, it } from 'vitest';
import { HostLimiter } from '../../src/search/http/hostLimiter.js';
import { backoffMs, parseRetryAfter } from '../../src/search/http/retry.js';

const open = () => new AbortController().signal;

describe('HostLimiter', () => {
  it('GIVEN the limit reached THEN the next caller waits until a slot is released', async () => {
    const limiter = new HostLimiter(1);
    const release = await limiter.acquire('a.example', open());
    let got = false;
    const waiting = limiter.acquire('a.example', open()).then((r) => {
      got = true;
      return r;
    });
    await new Promise((r) => setTimeout(r, 10));
    expect(got).toBe(false);
    release();
    (await waiting)();
    expect(got).toBe(true);
  });

  it('GIVEN another host THEN it is not held up', async () => {
    const limiter = new HostLimiter(1);
    await limiter.acquire('a.example', open());
    const other = await limiter.acquire('b.example', open());
    expect(typeof other).toBe('function');
  });

  it('GIVEN a waiter whose budget ends THEN it gets a timeout and the slot is not leaked', async () => {
    const limiter = new HostLimiter(1);
    const release = await limiter.acquire('a.example', open());
    const budget = new AbortController();
    const waiting = limiter.acquire('a.example', budget.signal);
    budget.abort();
    await expect(waiting).rejects.toMatchObject({ kind: 'timeout' });
    release();
    const again = await limiter.acquire('a.example', open());
    expect(typeof again).toBe('function');
  });
});

describe('retry timing', () => {
  it('GIVEN Retry-After in seconds or as a date THEN milliseconds; junk is ignored', () => {
    expect(parseRetryAfter('2')).toBe(2000);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4_000)).toBe(6000);
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
  });

  it('GIVEN attempts THEN backoff grows, stays within half to full of the ceiling, and is capped', () => {
    expect(backoffMs(0, 100, 1000, () => 0)).toBe(50);
    expect(backoffMs(0, 100, 1000, () => 1)).toBe(100);
    expect(backoffMs(3, 100, 1000, () => 1)).toBe(800);
    expect(backoffMs(10, 100, 1000, () => 1)).toBe(1000);
  });
});
