import { afterEach, describe, expect, it } from 'vitest';
import { FIXTURE_PORTALS } from '../fakes/portal.js';
import { type Harness, harness } from './helpers.js';

const KC = [FIXTURE_PORTALS.kansasCity];
const LA = [FIXTURE_PORTALS.losAngelesSocrata];
const CATALOG_PATH = 'api.us.socrata.com/api/catalog/v1';
let h: Harness;
afterEach(async () => h?.close());

describe('Socrata search (Discovery API)', () => {
  it('GIVEN a query THEN asks the catalog for the city domain only and maps hits', async () => {
    h = await harness();
    const out = await h.search.search(KC, 'crime', { limit: 10 });
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.total).toBe(2);
    expect(out.hits.map((x) => x.id).sort()).toEqual(['isbe-v4d8', 'nsn9-g8a4']);
    expect(out.hits[0]).toMatchObject({
      platform: 'socrata',
      portalId: 'kc-socrata',
      type: 'dataset',
      pageUrl: expect.stringMatching(/^https:\/\/data\.kcmo\.org\/d\/[a-z0-9]{4}-[a-z0-9]{4}$/),
      apiUrl: expect.stringMatching(/^https:\/\/data\.kcmo\.org\/resource\/[a-z0-9-]+\.json$/),
      updatedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    const req = h.fake.requests[0]!;
    expect(req.host).toBe('api.us.socrata.com');
    expect(req.query.get('domains')).toBe('data.kcmo.org');
    expect(req.query.get('search_context')).toBe('data.kcmo.org');
    expect(req.query.get('only')).toBe('dataset');
    expect(req.query.get('q')).toBe('crime');
  });

  it('GIVEN offset and limit THEN pages through the catalog', async () => {
    h = await harness();
    const first = await h.search.search(KC, '', { limit: 2, offset: 0 });
    const second = await h.search.search(KC, '', { limit: 2, offset: 2 });
    if (!first.ok || !second.ok) throw new Error('expected ok');
    expect(first.total).toBe(5);
    expect(first.nextOffset).toBe(2);
    expect(second.hits).toHaveLength(2);
    expect(second.hits.map((x) => x.id)).not.toContain(first.hits[0]!.id);
    // Both pages read the catalog from 0, so items left out can never shift page 2.
    expect(h.fake.requests.map((r) => [r.query.get('offset'), r.query.get('limit')])).toEqual([
      ['0', '2'],
      ['0', '4'],
    ]);
  });

  it('GIVEN a permalink off the portal host THEN the hit links the portal itself', async () => {
    h = await harness();
    h.fake.on(CATALOG_PATH, {
      json: {
        results: [{ resource: { id: 'abcd-1234', name: 'X' }, permalink: 'http://evil.example/d/abcd-1234' }],
        resultSetSize: 1,
      },
    });
    const out = await h.search.search(KC, 'x');
    if (!out.ok) throw new Error(out.message);
    expect(out.hits[0]!.pageUrl).toBe('https://data.kcmo.org/d/abcd-1234');
  });

  it('GIVEN nothing matches THEN ok with zero hits and no next page', async () => {
    h = await harness();
    const out = await h.search.search(KC, 'zebra aquarium');
    expect(out).toEqual({ ok: true, total: 0, hits: [], stale: false, failedPortals: [] });
  });

  it('GIVEN SOCRATA_APP_TOKEN THEN sends X-App-Token and a bot User-Agent, and never logs the token', async () => {
    h = await harness({ SOCRATA_APP_TOKEN: 'tok-SECRET-123', LOG_LEVEL: 'trace' });
    h.fake.on('api.us.socrata.com', { status: 503 });
    await h.search.search(KC, 'crime');
    const req = h.fake.requests.at(-1)!;
    expect(req.headers['x-app-token']).toBe('tok-SECRET-123');
    expect(req.headers['user-agent']).toMatch(/^civic-data-bot\/\d+\.\d+\.\d+/);
    expect(h.logs().length).toBeGreaterThan(0);
    expect(h.logs()).not.toContain('tok-SECRET-123');
  });

  it('GIVEN no token THEN no X-App-Token header at all', async () => {
    h = await harness();
    await h.search.search(KC, 'crime');
    expect(h.fake.requests[0]!.headers['x-app-token']).toBeUndefined();
  });
});

describe('Socrata details (/api/views)', () => {
  it('GIVEN a 4x4 THEN columns, ISO dates from epoch seconds, license, attribution, category and a curl example', async () => {
    h = await harness();
    const out = await h.search.details(LA, '2nrs-mtv8');
    if (!out.ok) throw new Error(out.message);
    const d = out.details;
    expect(d.title).toBe('Crime Data from 2020 to Present');
    expect(d.description).not.toContain('\r');
    expect(d.columns.map((c) => c.fieldName)).toEqual([
      'dr_no',
      'date_rptd',
      'date_occ',
      'time_occ',
      'crm_cd',
      'crm_cd_desc',
      'lat',
    ]);
    expect(d.columns[1]).toEqual({ name: 'Date Rptd', fieldName: 'date_rptd', type: 'calendar_date' });
    expect(d.rowsUpdatedAt).toBe('2026-11-24T00:00:00.000Z');
    expect(d.createdAt).toBe('2020-02-10T00:00:00.000Z');
    expect(d).toMatchObject({
      license: 'Creative Commons 1.0 Universal',
      attribution: 'Los Angeles Police Department',
      category: 'A Safe City',
      apiUrl: 'https://data.lacity.org/resource/2nrs-mtv8.json',
      pageUrl: 'https://data.lacity.org/d/2nrs-mtv8',
    });
    expect(d.example).toContain("curl -G 'https://data.lacity.org/resource/2nrs-mtv8.json'");
    expect(d.example).toContain("-H 'X-App-Token: YOUR_APP_TOKEN'");
    expect(d.example).toContain(`"\\$where=date_rptd >= '2024-01-01T00:00:00'"`);
    expect(d.example).toContain("'$limit=5'");
    expect(h.fake.requests[0]!.path).toBe('/api/views/2nrs-mtv8.json');
  });

  it('GIVEN a pasted SODA URL instead of an id THEN the id inside it is used', async () => {
    h = await harness();
    const out = await h.search.details(LA, 'https://data.lacity.org/resource/wjz9-h9np.json');
    expect(out).toMatchObject({ ok: true, details: { id: 'wjz9-h9np' } });
  });

  it('GIVEN the override THEN shown URLs are still the real https ones', async () => {
    h = await harness();
    const out = await h.search.details(LA, 'wjz9-h9np');
    if (!out.ok) throw new Error(out.message);
    expect(JSON.stringify(out.details)).not.toContain('127.0.0.1');
  });

  it('GIVEN an unknown 4x4 (404 with the SODA error body) THEN not_found', async () => {
    h = await harness();
    const out = await h.search.details(LA, 'zzzz-9999');
    expect(out).toMatchObject({ ok: false, error: 'not_found' });
  });

  it('GIVEN a non-Socrata id on a Socrata-only city THEN not_found without any upstream call', async () => {
    h = await harness();
    const out = await h.search.details(KC, '607614502e93482fa80e5b9b5b4c3267_0');
    expect(out).toMatchObject({ ok: false, error: 'not_found' });
    expect(h.fake.requests).toHaveLength(0);
  });
});

describe('Socrata autocomplete', () => {
  it('GIVEN a prefix THEN asks catalog autocomplete with deduplicate=false and returns ids with titles', async () => {
    h = await harness({}, { suggestWaitMs: 2000 });
    const out = await h.search.suggest(LA, 'park');
    expect(out).toEqual([{ id: 'wjz9-h9np', title: 'Parking Citations' }]);
    const req = h.fake.requests[0]!;
    expect(req.path).toBe('/api/catalog/v1/autocomplete');
    expect(req.query.get('deduplicate')).toBe('false');
  });
});
