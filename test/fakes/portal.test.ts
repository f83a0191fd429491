import { afterEach, describe, expect, it } from 'vitest';
import { CITY_PORTALS, type FakePortal, HUB_DATASETS, SOCRATA_DATASETS, startFakePortal } from './portal.js';

let fake: FakePortal | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

describe('fake portal', () => {
  it('GIVEN the default fixtures THEN each city has datasets on each of its portals', () => {
    for (const portal of Object.values(CITY_PORTALS).flat()) {
      const count =
        portal.platform === 'socrata'
          ? SOCRATA_DATASETS.filter((d) => d.domain === portal.domain).length
          : HUB_DATASETS.filter((d) => d.hub === portal.domain).length;
      expect(count, portal.domain).toBeGreaterThanOrEqual(3);
    }
  });

  it('GIVEN a request under /{host}/path THEN records host, path and query, answering like the platform', async () => {
    fake = await startFakePortal();
    const res = await fetch(
      `${fake.url}/api.us.socrata.com/api/catalog/v1?domains=data.lacity.org&q=parking`,
    );
    const body = (await res.json()) as { resultSetSize: number; results: { resource: { id: string } }[] };
    expect(body.resultSetSize).toBe(1);
    expect(body.results[0]!.resource.id).toBe('wjz9-h9np');
    expect(fake.requests[0]).toMatchObject({ host: 'api.us.socrata.com', path: '/api/catalog/v1' });
    expect(fake.requests[0]!.query.get('q')).toBe('parking');
  });

  it('GIVEN a scripted sequence THEN used in order, then the fixtures answer again', async () => {
    fake = await startFakePortal();
    fake.on('catalog', [{ status: 503 }, { status: 429, headers: { 'retry-after': '2' } }]);
    const url = `${fake.url}/api.us.socrata.com/api/catalog/v1?domains=data.kcmo.org`;
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await fetch(url)).status);
    expect(statuses).toEqual([503, 429, 200]);
    expect(fake.count('catalog')).toBe(3);
  });
});
