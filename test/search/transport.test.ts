import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { createDatasetSearch, type FetchImpl } from '../../src/search/index.js';
import { FIXTURE_PORTALS, startFakePortal } from '../fakes/portal.js';
import { type Harness, harness } from './helpers.js';

const MIAMI = [FIXTURE_PORTALS.miami];
let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('redirects', () => {
  it('GIVEN a Hub that moves to a path on its own host THEN followed through the override', async () => {
    h = await harness();
    h.fake.on('datahub-miamigis.opendata.arcgis.com/api/search', {
      status: 301,
      headers: {
        location:
          'https://datahub-miamigis.opendata.arcgis.com/api/search/v1/collections/dataset/items?limit=10&startindex=1&q=311',
      },
    });
    const out = await h.search.search(MIAMI, 'x');
    expect(out.ok).toBe(true);
    expect(h.fake.requests.map((r) => r.host)).toEqual([
      'datahub-miamigis.opendata.arcgis.com',
      'datahub-miamigis.opendata.arcgis.com',
    ]);
  });

  it("GIVEN a redirect to another city's host THEN blocked, not followed", async () => {
    h = await harness();
    h.fake.on('datahub-miamigis.opendata.arcgis.com/api/search', {
      status: 301,
      headers: { location: 'https://geohub.lacity.org/api/search/v1/collections/dataset/items?q=lapd' },
    });
    expect(await h.search.search(MIAMI, 'x')).toMatchObject({ ok: false, error: 'blocked' });
    expect(h.fake.requests.map((r) => r.host)).toEqual(['datahub-miamigis.opendata.arcgis.com']);
  });

  it('GIVEN a redirect to plain http THEN blocked, not followed', async () => {
    h = await harness();
    h.fake.on('api/search', { status: 302, headers: { location: 'http://evil.example/steal' } });
    expect(await h.search.search(MIAMI, 'x')).toMatchObject({ ok: false, error: 'blocked' });
    expect(h.fake.requests).toHaveLength(1);
  });
});

describe('fetchImpl injection', () => {
  it('GIVEN a fetchImpl THEN every portal call goes through it, with the override applied', async () => {
    const fake = await startFakePortal();
    const seen: string[] = [];
    const fetchImpl: FetchImpl = (url, init) => {
      seen.push(url);
      return fetch(url, init);
    };
    const search = createDatasetSearch({
      config: loadConfig({ UPSTREAM_OVERRIDE: fake.url }),
      logger: createLogger('silent', { pretty: false }),
      fetchImpl,
    });
    const out = await search.details(MIAMI, '7cc10915ede14bb58be312413842a4ce_0');
    expect(out.ok).toBe(true);
    expect(seen).toHaveLength(2);
    expect(seen.every((u) => u.startsWith(`${fake.url}/`))).toBe(true);
    await search.close();
    await fake.close();
  });
});
