import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/intents/index.js';
import { realCities } from '../helpers/engine.js';
import { useLiveSearch } from '../helpers/liveSearch.js';

// The engine with the real search client, reaching the fake portal only through UPSTREAM_OVERRIDE.
const live = useLiveSearch();

describe('engine with live search', () => {
  it('GIVEN a dataset question THEN hits from the portal with their total', async () => {
    const engine = createEngine({ cities: realCities(), search: live.search() });
    const first = await engine.ask({ text: 'any crime data for kansas city?', conversation: 'live' });
    expect(first.answer.kind).toBe('datasets');
    expect(first.answer.datasets?.length).toBeGreaterThan(0);
    expect(live.portal().requests.some((r) => r.host === 'api.us.socrata.com')).toBe(true);
    expect(first.answer.total).toBe(first.answer.datasets?.length);
  });

  it('GIVEN a title prefix THEN autocomplete suggestions for the city', async () => {
    const engine = createEngine({ cities: realCities(), search: live.search() });
    await engine.searchDatasets({ city: 'kc', query: 'crime' });
    const titles = await engine.suggestDatasets({ city: 'kansas city', prefix: 'kcpd' });
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.length).toBeLessThanOrEqual(25);
  });

  it('GIVEN a dataset id THEN its columns from the portal', async () => {
    const engine = createEngine({ cities: realCities(), search: live.search() });
    const found = await engine.searchDatasets({ city: 'kansas-city', query: 'crime' });
    const id = found.answer.datasets?.[0]?.id ?? '';
    const details = await engine.datasetDetails({ city: 'kansas-city', id });
    expect(details.answer.kind).toBe('dataset_details');
    expect(details.answer.dataset?.columns.length).toBeGreaterThan(0);
  });
});
