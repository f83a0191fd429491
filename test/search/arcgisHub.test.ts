import { afterEach, describe, expect, it } from 'vitest';
import { serviceUrl } from '../../src/search/providers/hubIds.js';
import { FIXTURE_PORTALS } from '../fakes/portal.js';
import { type Harness, harness } from './helpers.js';

const MIAMI = [FIXTURE_PORTALS.miami];
const GEOHUB = [FIXTURE_PORTALS.losAngelesGeoHub];
let h: Harness;
afterEach(async () => h?.close());

describe('ArcGIS Hub search (OGC API – Records)', () => {
  it('GIVEN a query THEN calls the Hub items endpoint and maps Hub ids, categories and epoch-ms dates, with no unchecked endpoint', async () => {
    h = await harness();
    const out = await h.search.search(MIAMI, 'permits');
    if (!out.ok) throw new Error(out.message);
    expect(out.hits).toEqual([
      {
        id: 'b0f1a2c3d4e5f60718293a4b5c6d7e8f_0',
        title: 'Building Permits Since 2014',
        description: 'Building permits issued by the City of Miami since 2014.',
        type: 'Feature Service',
        updatedAt: '2026-11-26T08:00:00.000Z',
        pageUrl: 'https://datahub-miamigis.opendata.arcgis.com/datasets/b0f1a2c3d4e5f60718293a4b5c6d7e8f_0',
        platform: 'arcgis-hub',
        portalId: 'miami-hub',
        category: 'Permits',
      },
    ]);
    const req = h.fake.requests[0]!;
    expect(`${req.host}${req.path}`).toBe(
      'datahub-miamigis.opendata.arcgis.com/api/search/v1/collections/dataset/items',
    );
    expect(req.query.get('q')).toBe('permits');
    expect(req.query.get('startindex')).toBe('1');
  });

  it('GIVEN look-alike items (Miami-Dade on the City hub, lacounty:: on GeoHub) THEN they are left out', async () => {
    h = await harness();
    const miami = await h.search.search(MIAMI, '');
    const la = await h.search.search(GEOHUB, '');
    if (!miami.ok || !la.ok) throw new Error('expected ok');
    expect(miami.hits.map((x) => x.title)).not.toContain('Commission Districts');
    expect(miami.hits.length).toBe(3);
    expect(la.hits.map((x) => x.title)).not.toContain('Census Block Groups 2020');
    expect(la.hits.length).toBe(3);
  });

  it('GIVEN offset 200 (past the exact window) THEN startindex is 1-based (201)', async () => {
    h = await harness();
    await h.search.search(MIAMI, '', { limit: 2, offset: 200 });
    expect(h.fake.requests[0]!.query.get('startindex')).toBe('201');
    expect(h.fake.requests[0]!.query.get('limit')).toBe('2');
  });
});

describe('ArcGIS Hub details (item + layer)', () => {
  it('GIVEN a Hub id THEN reads the item and its layer: fields, dates, license, attribution and a query example', async () => {
    h = await harness();
    const out = await h.search.details(MIAMI, '7cc10915ede14bb58be312413842a4ce_0');
    if (!out.ok) throw new Error(out.message);
    const d = out.details;
    const layer =
      'https://services1.arcgis.com/CvuPhqcTQpZPT9qY/arcgis/rest/services/Service_Requests_311/FeatureServer/0';
    expect(d).toMatchObject({
      id: '7cc10915ede14bb58be312413842a4ce_0',
      title: '311 Service Requests',
      description: 'Service and information requests made to City of Miami 311.',
      apiUrl: layer,
      example: `${layer}/query?where=1%3D1&outFields=*&resultRecordCount=5&f=json`,
      license: 'City of Miami',
      attribution: 'City of Miami',
      category: 'City Services',
      createdAt: '2019-05-01T00:00:00.000Z',
      updatedAt: '2025-06-30T12:00:00.000Z',
      rowsUpdatedAt: '2025-06-30T12:00:00.000Z',
    });
    expect(d.columns).toEqual([
      { name: 'OBJECTID', fieldName: 'OBJECTID', type: 'oid' },
      { name: 'Ticket ID', fieldName: 'TICKET_ID', type: 'string' },
      { name: 'Created', fieldName: 'CREATED', type: 'date' },
    ]);
    expect(h.fake.requests.map((r) => `${r.host}${r.path}`)).toEqual([
      'www.arcgis.com/sharing/rest/content/items/7cc10915ede14bb58be312413842a4ce',
      'services1.arcgis.com/CvuPhqcTQpZPT9qY/arcgis/rest/services/Service_Requests_311/FeatureServer/0',
    ]);
  });

  it('GIVEN a bare item id of a service root THEN layer 0 is described and the id gains _0', async () => {
    h = await harness();
    const out = await h.search.details(MIAMI, 'c1d2e3f4a5b60718293a4b5c6d7e8f90');
    if (!out.ok) throw new Error(out.message);
    expect(out.details.id).toBe('c1d2e3f4a5b60718293a4b5c6d7e8f90_0');
    expect(out.details.columns.map((c) => c.fieldName)).toEqual(['OBJECTID', 'LABEL']);
  });

  it('GIVEN an unknown item (HTTP 200 with an error body) THEN not_found', async () => {
    h = await harness();
    const out = await h.search.details(MIAMI, '00000000000000000000000000000000_0');
    expect(out).toMatchObject({ ok: false, error: 'not_found' });
  });

  it('GIVEN a secured layer (error 499) THEN details still come from the item, without columns', async () => {
    h = await harness();
    h.fake.on('FeatureServer/0', { json: { error: { code: 499, message: 'Token Required', details: [] } } });
    const out = await h.search.details(MIAMI, '7cc10915ede14bb58be312413842a4ce_0');
    if (!out.ok) throw new Error(out.message);
    expect(out.details.title).toBe('311 Service Requests');
    expect(out.details.columns).toEqual([]);
    // A layer that refused is not advertised as the endpoint.
    expect(out.details.apiUrl).toBeUndefined();
    expect(out.details.endpointProblem).toMatch(/did not answer \(it is not public\)/);
  });

  it('GIVEN an item error other than not-found with HTTP 200 THEN bad_response naming it', async () => {
    h = await harness();
    h.fake.on('sharing/rest/content/items', {
      json: { error: { code: 500, message: 'Internal failure', details: [] } },
    });
    const out = await h.search.details(MIAMI, '7cc10915ede14bb58be312413842a4ce_0');
    expect(out).toMatchObject({ ok: false, error: 'bad_response' });
    if (!out.ok) expect(out.message).toContain('Internal failure');
  });
});

describe('serviceUrl (item url from upstream data)', () => {
  it('GIVEN layer and root service URLs THEN base and layer', () => {
    expect(serviceUrl('https://a.example.com/arcgis/rest/services/X/FeatureServer/3')).toEqual({
      base: 'https://a.example.com/arcgis/rest/services/X/FeatureServer',
      layer: 3,
    });
    expect(serviceUrl('http://a.example.com/arcgis/rest/services/X/MapServer/')).toEqual({
      base: 'https://a.example.com/arcgis/rest/services/X/MapServer',
    });
  });
  it('GIVEN internal or non-service URLs THEN refused', () => {
    expect(serviceUrl('https://127.0.0.1/arcgis/rest/services/X/FeatureServer/0')).toBeUndefined();
    expect(serviceUrl('https://localhost/arcgis/rest/services/X/FeatureServer/0')).toBeUndefined();
    expect(serviceUrl('file:///etc/passwd')).toBeUndefined();
    expect(serviceUrl('https://a.example.com/some/file.csv')).toBeUndefined();
    expect(serviceUrl('not a url')).toBeUndefined();
  });
});
