import { afterEach, describe, expect, it } from 'vitest';
import { pagePlan } from '../../src/search/datasetSearch.js';
import { CITY_PORTALS } from '../fakes/portal.js';
import { type Harness, harness } from './helpers.js';

const LA = CITY_PORTALS['los-angeles'];
let h: Harness;
afterEach(async () => h?.close());

describe('multi-portal city (Los Angeles: Socrata + GeoHub)', () => {
  it('GIVEN both portals answer THEN hits interleave by rank and total is the sum', async () => {
    h = await harness();
    const out = await h.search.search(LA, '', { limit: 4 });
    if (!out.ok) throw new Error(out.message);
    expect(out.hits.map((x) => x.platform)).toEqual(['socrata', 'arcgis-hub', 'socrata', 'arcgis-hub']);
    // 6 LA Socrata datasets + 3 City GeoHub layers (the LA County one is left out of the count too).
    expect(out.total).toBe(6 + 3);
    expect(out.failedPortals).toEqual([]);
    expect(out.nextOffset).toBe(4);
    expect(h.fake.count('api.us.socrata.com')).toBe(1);
    expect(h.fake.count('geohub.lacity.org')).toBe(1);
  });

  it('GIVEN the second page THEN it continues the same merged order', async () => {
    h = await harness();
    const out = await h.search.search(LA, '', { limit: 4, offset: 4 });
    if (!out.ok) throw new Error(out.message);
    expect(out.hits.map((x) => x.platform)).toEqual(['socrata', 'arcgis-hub', 'socrata', 'socrata']);
    expect(out.nextOffset).toBe(8);
  });

  it('GIVEN paging by nextOffset with an odd page size THEN every dataset appears exactly once', async () => {
    h = await harness();
    const seen: string[] = [];
    let offset: number | undefined = 0;
    while (offset !== undefined) {
      const out = await h.search.search(LA, '', { limit: 5, offset });
      if (!out.ok) throw new Error(out.message);
      seen.push(...out.hits.map((x) => x.id));
      offset = out.nextOffset;
    }
    expect(seen).toHaveLength(9);
    expect(new Set(seen).size).toBe(9);
  });

  it('pagePlan: every portal is read from 0 within the window; past it one portal pages directly, several share', () => {
    expect(pagePlan(1, 20, 5)).toEqual({ limit: 25, offset: 0, skip: 20 });
    expect(pagePlan(1, 200, 5)).toEqual({ limit: 5, offset: 200, skip: 0 });
    expect(pagePlan(2, 5, 5)).toEqual({ limit: 10, offset: 0, skip: 5 });
    expect(pagePlan(2, 200, 10)).toEqual({ limit: 5, offset: 100, skip: 0 });
  });

  it('GIVEN GeoHub fails while Socrata answers THEN ok with the failed portal named', async () => {
    h = await harness();
    h.fake.on('geohub.lacity.org', { status: 500, body: 'oops' });
    const out = await h.search.search(LA, 'parking');
    expect(out).toMatchObject({ ok: true, failedPortals: ['la-geohub'], total: 1 });
    if (out.ok) expect(out.hits[0]!.id).toBe('wjz9-h9np');
  });

  it('GIVEN every portal fails THEN ok:false with an error kind and a message naming the portals', async () => {
    h = await harness();
    h.fake.on(
      () => true,
      Array.from({ length: 10 }, () => ({ status: 500 })),
    );
    const out = await h.search.search(LA, 'parking');
    expect(out).toMatchObject({ ok: false, error: 'portal_error' });
    if (!out.ok) {
      expect(out.message).toContain('data.lacity.org');
      expect(out.message).toContain('geohub.lacity.org');
    }
  });

  it('GIVEN a Hub id THEN details asks GeoHub items only, not Socrata', async () => {
    h = await harness();
    const out = await h.search.details(LA, '607614502e93482fa80e5b9b5b4c3267_0');
    expect(out).toMatchObject({ ok: true, details: { platform: 'arcgis-hub', portalId: 'la-geohub' } });
    expect(h.fake.requests.some((r) => r.host === 'data.lacity.org')).toBe(false);
  });

  it('GIVEN nonsense paging numbers THEN defaults instead of NaN requests', async () => {
    h = await harness();
    const out = await h.search.search(LA, 'crime', { limit: Number.NaN, offset: -5 });
    expect(out.ok).toBe(true);
    expect(h.fake.requests.find((r) => r.host === 'api.us.socrata.com')!.query.get('limit')).toBe('10');
    expect(h.fake.requests.find((r) => r.host === 'api.us.socrata.com')!.query.get('offset')).toBe('0');
  });

  it('GIVEN no portals THEN a friendly error, not a throw', async () => {
    h = await harness();
    expect(await h.search.search([], 'x')).toMatchObject({ ok: false });
    expect(await h.search.details([], '2nrs-mtv8')).toMatchObject({ ok: false, error: 'not_found' });
    expect(await h.search.suggest([], 'x')).toEqual([]);
  });
});
