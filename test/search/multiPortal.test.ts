import { afterEach, describe, expect, it } from 'vitest';
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
    // GeoHub's numberMatched (4) still counts the LA County item, which was not on this page to drop.
    expect(out.total).toBe(6 + 4);
    expect(out.failedPortals).toEqual([]);
    expect(out.nextOffset).toBe(4);
    expect(h.fake.count('api.us.socrata.com')).toBe(1);
    expect(h.fake.count('geohub.lacity.org')).toBe(1);
  });

  it('GIVEN the second page THEN each portal is asked for its own next share', async () => {
    h = await harness();
    const out = await h.search.search(LA, '', { limit: 4, offset: 4 });
    if (!out.ok) throw new Error(out.message);
    const socrata = h.fake.requests.find((r) => r.host === 'api.us.socrata.com')!;
    const hub = h.fake.requests.find((r) => r.host === 'geohub.lacity.org')!;
    expect(socrata.query.get('offset')).toBe('2');
    expect(hub.query.get('startindex')).toBe('3');
    expect(out.hits.map((x) => x.platform)).toEqual(['socrata', 'arcgis-hub', 'socrata']);
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
    expect(out).toMatchObject({ ok: false, error: 'unavailable' });
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
    expect(h.fake.requests.find((r) => r.host === 'api.us.socrata.com')!.query.get('limit')).toBe('5');
    expect(h.fake.requests.find((r) => r.host === 'api.us.socrata.com')!.query.get('offset')).toBe('0');
  });

  it('GIVEN no portals THEN a friendly error, not a throw', async () => {
    h = await harness();
    expect(await h.search.search([], 'x')).toMatchObject({ ok: false });
    expect(await h.search.details([], '2nrs-mtv8')).toMatchObject({ ok: false, error: 'not_found' });
    expect(await h.search.suggest([], 'x')).toEqual([]);
  });
});
