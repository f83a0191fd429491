import { describe, expect, it } from 'vitest';
import { portalApiBase, portalSearchPageUrl } from '../../src/search/index.js';
import { FIXTURE_PORTALS } from '../fakes/portal.js';

describe('portalSearchPageUrl', () => {
  it('GIVEN a query with spaces and symbols THEN fills {q} URL-encoded', () => {
    expect(portalSearchPageUrl(FIXTURE_PORTALS.kansasCity, ' parking & tickets ')).toBe(
      'https://data.kcmo.org/browse?q=parking%20%26%20tickets',
    );
  });

  it('GIVEN an empty query THEN leaves an empty q', () => {
    expect(portalSearchPageUrl(FIXTURE_PORTALS.miami, '')).toBe(
      'https://datahub-miamigis.opendata.arcgis.com/search?q=',
    );
  });
});

describe('portalApiBase', () => {
  it('GIVEN a CKAN apiBase with a path THEN uses it without a trailing slash', () => {
    expect(
      portalApiBase({ ...FIXTURE_PORTALS.ckanUnderPath, apiBase: 'https://ckan.example.org/opendata/' }),
    ).toBe('https://ckan.example.org/opendata');
  });
  it('GIVEN no apiBase THEN https plus the domain', () => {
    expect(portalApiBase(FIXTURE_PORTALS.kansasCity)).toBe('https://data.kcmo.org');
  });
});
