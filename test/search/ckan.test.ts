import { afterEach, describe, expect, it } from 'vitest';
import { FIXTURE_PORTALS } from '../fakes/portal.js';
import { type Harness, harness } from './helpers.js';

const CKAN = [FIXTURE_PORTALS.ckan];
const CKAN_PATH = [FIXTURE_PORTALS.ckanUnderPath];
let h: Harness;
afterEach(async () => h?.close());

describe('CKAN search (package_search)', () => {
  it('GIVEN a query THEN calls package_search under apiBase and maps packages', async () => {
    h = await harness();
    const out = await h.search.search(CKAN_PATH, 'police');
    if (!out.ok) throw new Error(out.message);
    expect(out.total).toBe(1);
    expect(out.hits[0]).toEqual({
      id: 'police-calls-for-service',
      title: 'Police Calls for Service',
      description: 'Calls for police service.',
      type: 'dataset',
      updatedAt: '2026-11-25T00:00:00.000Z',
      pageUrl: 'https://ckan.example.org/opendata/dataset/police-calls-for-service',
      apiUrl: 'https://ckan.example.org/opendata/api/3/action/package_show?id=police-calls-for-service',
      platform: 'ckan',
      portalId: 'example-ckan-path',
      license: 'Creative Commons Attribution',
      publisher: 'Police Department',
    });
    const req = h.fake.requests[0]!;
    expect(`${req.host}${req.path}`).toBe('ckan.example.org/opendata/api/3/action/package_search');
    expect(req.query.get('rows')).toBe('10');
    expect(req.query.get('start')).toBe('0');
  });

  it("GIVEN page 2 THEN the second page of the city's list (read from the start, so skipped items cannot shift it)", async () => {
    h = await harness();
    const out = await h.search.search(CKAN, '', { limit: 2, offset: 2 });
    if (!out.ok) throw new Error(out.message);
    expect(out.total).toBe(3);
    expect(out.hits.map((x) => x.id)).toEqual(['city-budget-pdf']);
    expect(out.nextOffset).toBeUndefined();
    expect(h.fake.requests[0]!.query.get('start')).toBe('0');
    expect(h.fake.requests[0]!.query.get('rows')).toBe('4');
  });

  it('GIVEN a page past the exact window THEN rows/start follow limit/offset', async () => {
    h = await harness();
    await h.search.search(CKAN, '', { limit: 5, offset: 200 });
    expect(h.fake.requests[0]!.query.get('start')).toBe('200');
    expect(h.fake.requests[0]!.query.get('rows')).toBe('5');
  });

  it('GIVEN success:false with HTTP 200 THEN bad_response, not a crash', async () => {
    h = await harness();
    h.fake.on('package_search', {
      json: {
        help: '',
        success: false,
        error: { __type: 'Search Query Error', message: 'Search Query is invalid' },
      },
    });
    const out = await h.search.search(CKAN, 'x');
    expect(out).toMatchObject({ ok: false, error: 'bad_response' });
  });
});

describe('CKAN details (package_show + datastore_search)', () => {
  it('GIVEN a DataStore package THEN columns from datastore fields, row count and a datastore_search example', async () => {
    h = await harness();
    const out = await h.search.details(CKAN, 'approved-building-permits');
    if (!out.ok) throw new Error(out.message);
    const rid = '6ddcd912-32a0-43df-9908-63574f8c7e77';
    expect(out.details).toMatchObject({
      id: 'approved-building-permits',
      license: 'Open Data Commons Public Domain Dedication and License (PDDL)',
      attribution: 'Inspectional Services',
      category: 'Permits',
      rowCount: 612345,
      createdAt: '2016-03-01T10:00:00.000Z',
      apiUrl: `https://data.example.gov/api/3/action/datastore_search?resource_id=${rid}`,
      example: `https://data.example.gov/api/3/action/datastore_search?resource_id=${rid}&limit=5`,
    });
    expect(out.details.columns).toEqual([
      { name: 'Permit Number', fieldName: 'permitnumber', type: 'text' },
      { name: 'issued_date', fieldName: 'issued_date', type: 'timestamp' },
      { name: 'declared_valuation', fieldName: 'declared_valuation', type: 'numeric' },
    ]);
  });

  it('GIVEN a package without DataStore THEN package_show is the endpoint and there is no made-up example', async () => {
    h = await harness();
    const out = await h.search.details(CKAN, 'city-budget-pdf');
    if (!out.ok) throw new Error(out.message);
    expect(out.details.apiUrl).toBe('https://data.example.gov/api/3/action/package_show?id=city-budget-pdf');
    expect(out.details.example).toBeUndefined();
    expect(out.details.columns).toEqual([]);
    expect(h.fake.count('datastore_search')).toBe(0);
  });

  it('GIVEN the DataStore resource answers 404 THEN datastore_search is not advertised: package_show is the endpoint and the answer says why', async () => {
    h = await harness();
    h.fake.on('datastore_search', {
      status: 404,
      json: {
        help: '',
        success: false,
        error: { __type: 'Not Found Error', message: 'Resource was not found.' },
      },
    });
    const out = await h.search.details(CKAN, 'approved-building-permits');
    if (!out.ok) throw new Error(out.message);
    expect(out.details.apiUrl).toBe(
      'https://data.example.gov/api/3/action/package_show?id=approved-building-permits',
    );
    expect(out.details.example).toBeUndefined();
    expect(out.details.endpointProblem).toMatch(/6ddcd912-32a0-43df-9908-63574f8c7e77\) did not answer/);
  });

  it('GIVEN an unknown package (404 Not Found Error) THEN not_found', async () => {
    h = await harness();
    expect(await h.search.details(CKAN, 'no-such-thing')).toMatchObject({ ok: false, error: 'not_found' });
  });

  it('GIVEN a prefix THEN package_autocomplete names', async () => {
    h = await harness({}, { suggestWaitMs: 2000 });
    expect(await h.search.suggest(CKAN, 'police')).toEqual([
      { id: 'police-calls-for-service', title: 'Police Calls for Service' },
    ]);
  });
});
