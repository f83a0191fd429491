import { afterEach, describe, expect, it } from 'vitest';
import { renderText } from '../../src/bots/terminal/renderText.js';
import { createEngine } from '../../src/intents/index.js';
import { FIXTURE_PORTALS } from '../fakes/portal.js';
import {
  ckanSearchPage,
  type DiscoveryItem,
  discoveryPage,
  type HubItem,
  hubPage,
} from '../fakes/portalRecorded.js';
import { realCities } from '../helpers/engine.js';
import { type Harness, harness } from './helpers.js';

// Search results that match the portal (issue 10, item 5), each checked against a recorded-shape
// response served by the fake portal on 127.0.0.1.
const KC = [FIXTURE_PORTALS.kansasCity];
const GEOHUB = [FIXTURE_PORTALS.losAngelesGeoHub];
const MIAMI = [FIXTURE_PORTALS.miami];
const CATALOG = 'api.us.socrata.com/api/catalog/v1';
const GEOHUB_ITEMS = 'geohub.lacity.org/api/search/v1/collections/dataset/items';
let h: Harness;
afterEach(async () => h?.close());

const kc = (id: string, name: string): DiscoveryItem => ({
  domain: 'data.kcmo.org',
  id,
  name,
  category: 'Transportation',
  license: 'Public Domain',
  attribution: 'KCATA Transit Data',
});
const nyc = (n: number): DiscoveryItem => ({
  domain: 'data.cityofnewyork.us',
  id: `ny${n}a-bcd${n}`,
  name: `Bus Breakdown and Delays ${n}`,
});
const county = (n: number): HubItem => ({
  id: `${String(n).repeat(8).slice(0, 8)}aaaaaaaaaaaaaaaaaaaaaaaa`,
  title: `County Parcels ${n}`,
  url: `https://services.arcgis.com/laCountyFixture/arcgis/rest/services/Parcels_${n}/FeatureServer`,
  slug: `lacounty::parcels-${n}`,
});
const lahub = (n: number, extra: Partial<HubItem> = {}): HubItem => ({
  id: `${String(n).repeat(8).slice(0, 8)}bbbbbbbbbbbbbbbbbbbbbbbb`,
  title: `City Streets ${n}`,
  url: `https://services.arcgis.com/lahubFixture/arcgis/rest/services/Streets_${n}/FeatureServer`,
  slug: `lahub::streets-${n}`,
  ...extra,
});

const TREES = {
  name: 'street-trees',
  title: 'Street Trees',
  organization: 'Parks',
  license: 'Creative Commons Attribution',
  group: 'Environment',
};
const STATE_ROADS: HubItem = {
  id: 'abababababababababababababababab',
  title: 'State Roads',
  url: 'https://services.arcgis.com/stateFixture/arcgis/rest/services/Roads/FeatureServer',
};

describe('totals count what the user can page through', () => {
  it("GIVEN Discovery returns other portals' results (federated) THEN they are left out of hits and total, not reported as 'Found 5 … showing 1-1'", async () => {
    h = await harness();
    h.fake.on(CATALOG, {
      json: discoveryPage([nyc(1), kc('bd2s-bfst', 'KCATA Bus Stops'), nyc(2), nyc(3), nyc(4)], 5),
    });
    const out = await h.search.search(KC, 'bus');
    if (!out.ok) throw new Error(out.message);
    expect(out.hits.map((x) => x.id)).toEqual(['bd2s-bfst']);
    expect(out.total).toBe(1);
    expect(out.exact).toBeUndefined();
    expect(out.nextOffset).toBeUndefined();
    expect(out.skipped).toEqual([{ from: 'another portal (data.cityofnewyork.us)', count: 4 }]);
  });

  it("GIVEN a large federated count (882) THEN the bot reads on, says 'up to' and never repeats the portal's raw count", async () => {
    h = await harness();
    const page = (n: number) => ({
      json: discoveryPage([nyc(n), kc(`kc0${n}-bus${n}`, `Bus Stops ${n}`), nyc(n + 10)], 882),
    });
    h.fake.on(CATALOG, [page(1), page(2), page(3), page(4)]);
    const engine = createEngine({ cities: realCities(), search: h.search });
    const r = await engine.searchDatasets({ city: 'kc', query: 'bus' });
    expect(r.answer.datasets?.map((d) => d.id)).toEqual(['kc01-bus1', 'kc02-bus2', 'kc03-bus3', 'kc04-bus4']);
    expect(h.fake.count(CATALOG)).toBe(4);
    expect(r.answer.summary).not.toMatch(/882/);
    expect(r.answer.summary).toMatch(/Found up to 874 datasets/);
    expect(r.answer.totalUpperBound).toBe(true);
    expect(r.answer.notices.join(' ')).toMatch(
      /Left out 8 results from another portal \(data\.cityofnewyork\.us\); they are not City of Kansas City/,
    );
    expect(r.answer.more?.offset).toBe(4);
  });
});

describe('a page of look-alike items is skipped or explained, and paging still works', () => {
  it("GIVEN GeoHub's first page is all LA County items THEN the next page is read and the City's items shown", async () => {
    h = await harness();
    h.fake.on(GEOHUB_ITEMS, [
      { json: hubPage([1, 2, 3, 4, 5].map(county), 9, 1) },
      { json: hubPage([lahub(6), lahub(7), county(8), lahub(9)], 9, 6) },
    ]);
    const out = await h.search.search(GEOHUB, 'streets', { limit: 5 });
    if (!out.ok) throw new Error(out.message);
    expect(out.hits.map((x) => x.title)).toEqual(['City Streets 6', 'City Streets 7', 'City Streets 9']);
    expect(out.total).toBe(3);
    expect(out.skipped).toEqual([{ from: 'Los Angeles County', count: 6 }]);
    expect(h.fake.requests.map((r) => r.query.get('startindex'))).toEqual(['1', '6']);
  });

  it("GIVEN every match is a look-alike's THEN the answer says whose they are, not 'found nothing'", async () => {
    h = await harness();
    h.fake.on(GEOHUB_ITEMS, { json: hubPage([1, 2, 3].map(county), 3, 1) });
    h.fake.on('api.us.socrata.com', { json: discoveryPage([], 0) });
    const engine = createEngine({ cities: realCities(), search: h.search });
    const r = await engine.searchDatasets({ city: 'LA', query: 'parcels' });
    expect(r.answer.datasets).toEqual([]);
    expect(r.answer.title).toMatch(/Only other organisations' datasets match "parcels"/);
    expect(r.answer.summary).toMatch(
      /3 results I read belong to other organisations, not City of Los Angeles/,
    );
    expect(r.answer.title + r.answer.summary).not.toMatch(/found nothing|No .* datasets found/i);
    expect(r.answer.notices.join(' ')).toMatch(/Left out 3 results from Los Angeles County/);
  });

  it('GIVEN look-alikes mixed into a two-portal city THEN paging by nextOffset shows every City item exactly once', async () => {
    h = await harness();
    const items = [county(1), lahub(2), county(3), lahub(4), lahub(5), county(6), lahub(7)];
    // Every read starts at 1 (pages are read from the start), so the same body answers each call.
    h.fake.on(
      GEOHUB_ITEMS,
      Array.from({ length: 10 }, () => ({ json: hubPage(items, items.length, 1) })),
    );
    const LA = [FIXTURE_PORTALS.losAngelesSocrata, FIXTURE_PORTALS.losAngelesGeoHub];
    const seen: string[] = [];
    let offset: number | undefined = 0;
    for (let guard = 0; offset !== undefined && guard < 10; guard++) {
      const out = await h.search.search(LA, 'streets', { limit: 2, offset });
      if (!out.ok) throw new Error(out.message);
      seen.push(...out.hits.map((x) => x.title));
      offset = out.nextOffset;
    }
    expect(seen.sort()).toEqual(['City Streets 2', 'City Streets 4', 'City Streets 5', 'City Streets 7']);
  });
});

describe('one dataset keeps one id and one endpoint; an endpoint is advertised only after it answered', () => {
  it('GIVEN a Hub item whose URL is the service root (…41 vs …41_0) THEN search and details give the same id and details the layer that answered', async () => {
    h = await harness();
    // As Hub answers: the feature id is the bare item id and `url` the service root, no layer.
    h.fake.on('datahub-miamigis.opendata.arcgis.com/api/search', {
      json: hubPage(
        [
          {
            id: 'c1d2e3f4a5b60718293a4b5c6d7e8f90',
            title: 'Miami Neighborhoods',
            url: 'https://services1.arcgis.com/CvuPhqcTQpZPT9qY/arcgis/rest/services/Neighborhoods/FeatureServer',
          },
        ],
        1,
        1,
      ),
    });
    const found = await h.search.search(MIAMI, 'neighborhoods');
    if (!found.ok) throw new Error(found.message);
    const hit = found.hits[0]!;
    expect(hit.id).toBe('c1d2e3f4a5b60718293a4b5c6d7e8f90_0');
    expect(hit.apiUrl).toBeUndefined();
    const details = await h.search.details(MIAMI, hit.id);
    if (!details.ok) throw new Error(details.message);
    expect(details.details.id).toBe(hit.id);
    expect(details.details.pageUrl).toBe(hit.pageUrl);
    expect(details.details.apiUrl).toBe(
      'https://services1.arcgis.com/CvuPhqcTQpZPT9qY/arcgis/rest/services/Neighborhoods/FeatureServer/0',
    );
    // The bare item id a user might paste lands on the same dataset.
    const bare = await h.search.details(MIAMI, 'c1d2e3f4a5b60718293a4b5c6d7e8f90');
    expect(bare.ok && bare.details.id).toBe(hit.id);
  });

  it('GIVEN the layer an item lists answers 404 THEN no API endpoint or example is shown, and the answer says why', async () => {
    h = await harness();
    const layer =
      'https://services1.arcgis.com/CvuPhqcTQpZPT9qY/arcgis/rest/services/Service_Requests_311/FeatureServer/0';
    h.fake.on('Service_Requests_311/FeatureServer/0', {
      status: 404,
      json: { error: { code: 404, message: 'Not Found' } },
    });
    const engine = createEngine({ cities: realCities(), search: h.search });
    const r = await engine.datasetDetails({ city: 'miami', id: '7cc10915ede14bb58be312413842a4ce_0' });
    expect(r.answer.kind).toBe('dataset_details');
    expect(r.answer.dataset?.apiUrl).toBeUndefined();
    expect(r.answer.dataset?.example).toBeUndefined();
    expect(r.answer.points.join('\n')).not.toContain('API endpoint');
    expect(r.answer.notices.join(' ')).toContain(
      `The layer this item lists (${layer}) did not answer (not found)`,
    );
    expect(renderText(r.answer)).not.toMatch(/API endpoint: https/);
  });
});

describe('license, category and whose item it is are shown when the portal gives them', () => {
  it('GIVEN Discovery results with metadata.license and domain_category THEN each hit carries and renders them', async () => {
    h = await harness();
    h.fake.on(CATALOG, { json: discoveryPage([kc('bd2s-bfst', 'KCATA Bus Stops')], 1) });
    const engine = createEngine({ cities: realCities(), search: h.search });
    const r = await engine.searchDatasets({ city: 'kc', query: 'bus' });
    expect(r.answer.datasets?.[0]).toMatchObject({
      license: 'Public Domain',
      category: 'Transportation',
      publisher: 'KCATA Transit Data',
    });
    expect(renderText(r.answer)).toMatch(
      /KCATA Bus Stops \(bd2s-bfst \| dataset \| updated 2025-08-25 \| Transportation \| license: Public Domain\)/,
    );
  });

  it('GIVEN Hub items with categories and an HTML license THEN category is the last path part and the license plain text', async () => {
    h = await harness();
    h.fake.on(GEOHUB_ITEMS, {
      json: hubPage(
        [
          lahub(1, {
            categories: ['/Categories/Transportation/Streets'],
            license: '<p>Public <b>domain</b></p>',
          }),
        ],
        1,
        1,
      ),
    });
    const out = await h.search.search(GEOHUB, 'streets');
    if (!out.ok) throw new Error(out.message);
    expect(out.hits[0]).toMatchObject({ category: 'Streets', license: 'Public domain' });
    expect(out.hits[0]!.notCityOwn).toBeUndefined();
  });

  it('GIVEN CKAN package_search results THEN license_title, group and organisation show', async () => {
    h = await harness();
    h.fake.on('package_search', {
      json: ckanSearchPage([TREES], 1),
    });
    const out = await h.search.search([FIXTURE_PORTALS.ckan], 'trees');
    if (!out.ok) throw new Error(out.message);
    expect(out.hits[0]).toMatchObject({
      license: 'Creative Commons Attribution',
      category: 'Environment',
      publisher: 'Parks',
    });
  });

  it("GIVEN a GeoHub item from another organisation's slug THEN it is shown, labelled as not the City's", async () => {
    h = await harness();
    h.fake.on(GEOHUB_ITEMS, {
      json: hubPage([lahub(1), lahub(2, { slug: 'metro::bus-stops', title: 'Bus Stops' })], 2, 1),
    });
    const engine = createEngine({ cities: realCities(), search: h.search });
    const r = await engine.searchDatasets({ city: 'LA', query: 'stops' });
    const geohub = r.answer.datasets?.filter((d) => d.portalId === 'la-geohub') ?? [];
    expect(geohub.find((d) => d.title === 'City Streets 1')?.notCityOwn).toBeUndefined();
    expect(geohub.find((d) => d.title === 'Bus Stops')?.notCityOwn).toBe(
      'Published by metro on City of Los Angeles GeoHub, not by the City of Los Angeles.',
    );
    expect(renderText(r.answer)).toContain('Published by metro on City of Los Angeles GeoHub');
  });

  it("GIVEN a Miami Hub item whose service is outside the City's ArcGIS organisation THEN it is labelled", async () => {
    h = await harness();
    h.fake.on('datahub-miamigis.opendata.arcgis.com', {
      json: hubPage([STATE_ROADS], 1, 1),
    });
    const out = await h.search.search(MIAMI, 'roads');
    if (!out.ok) throw new Error(out.message);
    expect(out.hits[0]!.notCityOwn).toBe(
      'Hosted by another ArcGIS organisation (services.arcgis.com/stateFixture), not by the City of Miami.',
    );
  });
});
