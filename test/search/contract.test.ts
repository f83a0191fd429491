import { afterEach, describe, expect, it } from 'vitest';
import { DatasetDetailsSchema, DatasetHitSchema } from '../../src/knowledge/index.js';
import { CITY_PORTALS, FIXTURE_PORTALS, HUB_DATASETS, SOCRATA_DATASETS } from '../fakes/portal.js';
import { type Harness, harness } from './helpers.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('results match the knowledge schemas the engine renders', () => {
  it('GIVEN every city and the CKAN fixture THEN every hit parses as a DatasetHit with https links', async () => {
    h = await harness();
    for (const portals of [...Object.values(CITY_PORTALS), [FIXTURE_PORTALS.ckan]]) {
      const out = await h.search.search(portals, '', { limit: 50 });
      if (!out.ok) throw new Error(out.message);
      expect(out.hits.length).toBeGreaterThan(0);
      for (const hit of out.hits) {
        expect(() => DatasetHitSchema.parse(hit)).not.toThrow();
        for (const url of [hit.pageUrl, hit.apiUrl]) if (url) expect(url).toMatch(/^https:\/\//);
      }
    }
  });

  it('GIVEN every fixture dataset id THEN details parse as DatasetDetails with columns and an example', async () => {
    h = await harness();
    const ids: [keyof typeof CITY_PORTALS, string][] = [
      ...SOCRATA_DATASETS.map(
        (d) => [d.domain === 'data.kcmo.org' ? 'kansas-city' : 'los-angeles', d.id] as const,
      ),
      ...HUB_DATASETS.map((d) => [d.hub === 'geohub.lacity.org' ? 'los-angeles' : 'miami', d.id] as const),
    ] as [keyof typeof CITY_PORTALS, string][];
    // Look-alike items (another government's org) name services the city file does not declare.
    const foreign = new Set(
      HUB_DATASETS.filter((d) => /8Pc9XBTAsYuxx9Ny|laCountyFixture/.test(d.url ?? '')).map((d) => d.id),
    );
    expect(foreign.size).toBeGreaterThan(0);
    for (const [city, id] of ids) {
      const out = await h.search.details(CITY_PORTALS[city], id);
      if (!out.ok) throw new Error(`${id}: ${out.message}`);
      expect(() => DatasetDetailsSchema.parse(out.details)).not.toThrow();
      if (foreign.has(id)) {
        expect(out.details.columns, id).toEqual([]);
        expect(out.details.notices?.join(' '), id).toMatch(/not the city's own/);
        continue;
      }
      expect(out.details.columns.length, id).toBeGreaterThan(0);
      expect(out.details.example, id).toMatch(/^(curl -G 'https:\/\/|https:\/\/)/);
    }
  });
});
