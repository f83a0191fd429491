import { describe, expect, it } from 'vitest';
import { ResultCache } from '../../src/search/cache.js';
import { UpstreamError } from '../../src/search/http/errors.js';

const never = new AbortController().signal;

describe('ResultCache', () => {
  it('GIVEN concurrent gets of one key THEN the loader runs once', async () => {
    const cache = new ResultCache();
    let loads = 0;
    const load = async () => {
      loads++;
      await new Promise((r) => setTimeout(r, 20));
      return 42;
    };
    const got = await Promise.all([1, 2, 3, 4, 5].map(() => cache.get('k', 1000, load, never)));
    expect(loads).toBe(1);
    expect(got.every((g) => g.value === 42 && !g.stale)).toBe(true);
  });

  it('GIVEN an expired entry and a failing loader THEN the old value, stale', async () => {
    const cache = new ResultCache();
    await cache.get('k', 1, async () => 'old', never);
    await new Promise((r) => setTimeout(r, 5));
    const got = await cache.get(
      'k',
      1,
      async () => Promise.reject(new UpstreamError('unavailable', 'down')),
      never,
    );
    expect(got).toEqual({ value: 'old', stale: true });
  });

  it('GIVEN not_found after an expired entry THEN the error, not stale data for a vanished dataset', async () => {
    const cache = new ResultCache();
    await cache.get('k', 1, async () => 'old', never);
    await new Promise((r) => setTimeout(r, 5));
    await expect(
      cache.get('k', 1, async () => Promise.reject(new UpstreamError('not_found', 'gone')), never),
    ).rejects.toMatchObject({
      kind: 'not_found',
    });
  });

  it('GIVEN a failed load THEN the next get tries again (errors are not cached)', async () => {
    const cache = new ResultCache();
    await expect(
      cache.get('k', 1000, async () => Promise.reject(new UpstreamError('timeout', 't')), never),
    ).rejects.toBeInstanceOf(UpstreamError);
    expect((await cache.get('k', 1000, async () => 7, never)).value).toBe(7);
  });

  it('GIVEN a joiner whose own budget ends first THEN it gets a timeout while the load finishes for others', async () => {
    const cache = new ResultCache();
    const slow = cache.get('k', 1000, () => new Promise<number>((r) => setTimeout(() => r(1), 100)), never);
    const short = new AbortController();
    const joined = cache.get('k', 1000, async () => 2, short.signal);
    short.abort();
    await expect(joined).rejects.toMatchObject({ kind: 'timeout' });
    expect((await slow).value).toBe(1);
  });
});

describe('ResultCache memory bound (issue 11, finding 4)', () => {
  const record = (i: number) => ({ id: `r${i}`, columns: 'x'.repeat(50_000) });

  it('GIVEN 60 large distinct records THEN bytes stay under maxBytes and the oldest are evicted', async () => {
    const cache = new ResultCache({ maxBytes: 1_000_000 });
    for (let i = 0; i < 60; i++) await cache.get(`details|${i}`, 60_000, async () => record(i), never);
    expect(cache.bytes).toBeGreaterThan(0);
    expect(cache.bytes).toBeLessThanOrEqual(1_000_000);
    expect(cache.peek('details|0')).toBeUndefined();
    expect(cache.peek<{ id: string }>('details|59')?.id).toBe('r59');
  });

  it('GIVEN one record larger than an eighth of the bound THEN it is served but not kept', async () => {
    const cache = new ResultCache({ maxBytes: 400_000 });
    const got = await cache.get('big', 60_000, async () => record(1), never);
    expect(got.value.id).toBe('r1');
    expect(cache.peek('big')).toBeUndefined();
    expect(cache.bytes).toBe(0);
  });
});
