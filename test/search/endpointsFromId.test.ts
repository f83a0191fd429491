import { describe, expect, it } from 'vitest';
import { endpointsFromId } from '../../src/search/endpointsFromId.js';
import { CITY_PORTALS, FIXTURE_PORTALS } from '../fakes/portal.js';

describe('endpointsFromId (what an id gives with the portal down)', () => {
  it('GIVEN a Socrata 4x4 on LA THEN the SODA endpoint, metadata, page and a curl example on data.lacity.org', () => {
    const got = endpointsFromId(CITY_PORTALS['los-angeles'], '2NRS-MTV8');
    expect(got).toMatchObject({
      id: '2nrs-mtv8',
      platform: 'socrata',
      portalId: 'la-socrata',
      apiUrl: 'https://data.lacity.org/resource/2nrs-mtv8.json',
      metadataUrl: 'https://data.lacity.org/api/views/2nrs-mtv8.json',
      pageUrl: 'https://data.lacity.org/d/2nrs-mtv8',
    });
    expect(got?.example).toContain("curl -G 'https://data.lacity.org/resource/2nrs-mtv8.json'");
    expect(got?.example).toContain('$limit=5');
  });

  it('GIVEN a pasted resource URL THEN the id inside it is used', () => {
    const got = endpointsFromId(CITY_PORTALS['kansas-city'], 'https://data.kcmo.org/resource/d4px-6rwg.json');
    expect(got?.apiUrl).toBe('https://data.kcmo.org/resource/d4px-6rwg.json');
  });

  it('GIVEN a Hub id on LA THEN the GeoHub page and item metadata, and no invented layer endpoint', () => {
    const got = endpointsFromId(CITY_PORTALS['los-angeles'], '607614502e93482fa80e5b9b5b4c3267_0');
    expect(got).toMatchObject({
      platform: 'arcgis-hub',
      portalId: 'la-geohub',
      pageUrl: 'https://geohub.lacity.org/datasets/607614502e93482fa80e5b9b5b4c3267_0',
      metadataUrl:
        'https://www.arcgis.com/sharing/rest/content/items/607614502e93482fa80e5b9b5b4c3267?f=json',
    });
    expect(got?.apiUrl).toBeUndefined();
    expect(got?.example).toBeUndefined();
  });

  it('GIVEN an id of a platform the city does not run THEN nothing (a 4x4 on Miami, a name on KC)', () => {
    expect(endpointsFromId(CITY_PORTALS.miami, 'd4px-6rwg')).toBeUndefined();
    expect(endpointsFromId(CITY_PORTALS['kansas-city'], 'street-trees')).toBeUndefined();
  });

  it('GIVEN a CKAN name THEN package_show on that portal and no data endpoint', () => {
    const got = endpointsFromId([FIXTURE_PORTALS.ckan], 'street-trees');
    expect(got?.metadataUrl).toMatch(/\/api\/3\/action\/package_show\?id=street-trees$/);
    expect(got?.apiUrl).toBeUndefined();
  });
});
