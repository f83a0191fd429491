import { describe, expect, it } from 'vitest';
import { policyForPortals } from '../../src/search/allowedHosts.js';
import { UpstreamError } from '../../src/search/http/errors.js';
import { CITY_PORTALS, FIXTURE_PORTALS } from '../fakes/portal.js';

const miami = policyForPortals(CITY_PORTALS.miami);
const kc = policyForPortals(CITY_PORTALS['kansas-city']);

function refusal(policy: typeof miami, url: string): string | undefined {
  try {
    policy.assertAllowed(new URL(url));
    return undefined;
  } catch (err) {
    expect(err).toBeInstanceOf(UpstreamError);
    expect((err as UpstreamError).kind).toBe('blocked');
    return (err as Error).message;
  }
}

describe('outbound policy', () => {
  it('GIVEN the portal, its declared service host and the platform API hosts over https THEN allowed', () => {
    for (const url of [
      'https://datahub-miamigis.opendata.arcgis.com/api/search/v1/collections/dataset/items',
      'https://services1.arcgis.com/CvuPhqcTQpZPT9qY/arcgis/rest/services/X/FeatureServer/0',
      'https://www.arcgis.com/sharing/rest/content/items/abc',
      'https://api.us.socrata.com/api/catalog/v1',
    ]) {
      expect(refusal(miami, url), url).toBeUndefined();
    }
  });

  it('GIVEN http, another port, user info, IP literals, look-alike names or another city’s host THEN blocked', () => {
    const blocked = [
      'http://datahub-miamigis.opendata.arcgis.com/api',
      'https://datahub-miamigis.opendata.arcgis.com:8443/api',
      'https://user:pw@datahub-miamigis.opendata.arcgis.com/api',
      'https://127.0.0.1/admin',
      'https://[::1]/admin',
      'https://[::ffff:127.0.0.1]/admin',
      'https://2130706433/admin',
      'https://169.254.169.254/latest/meta-data/',
      'https://localhost./x',
      'https://localhost/x',
      'https://intranet.corp/x',
      'https://datahub-miamigis.opendata.arcgis.com.evil.example/x',
      'https://geohub.lacity.org/api/search/v1/collections/dataset/items',
      'file:///etc/passwd',
    ];
    for (const url of blocked) expect(refusal(miami, url), url).toBeDefined();
    expect(refusal(miami, 'https://10.0.0.1/x')).toMatch(/not a public address/);
  });

  it('GIVEN the app token THEN it goes only to the Socrata hosts, and never after a cross-host hop', () => {
    const headers = { accept: 'application/json', 'x-app-token': 't0k', authorization: 'Bearer b' };
    const to = (policy: typeof kc, url: string, crossed = false) =>
      policy.headersFor(new URL(url), headers, crossed);
    expect(to(kc, 'https://data.kcmo.org/api/views/a.json')['x-app-token']).toBe('t0k');
    expect(to(kc, 'https://api.us.socrata.com/api/catalog/v1')['x-app-token']).toBe('t0k');
    expect(to(kc, 'https://api.us.socrata.com/api/catalog/v1', true)).toEqual({ accept: 'application/json' });
    expect(to(miami, 'https://www.arcgis.com/sharing/rest/content/items/a')).toEqual({
      accept: 'application/json',
    });
    expect(to(miami, 'https://services1.arcgis.com/CvuPhqcTQpZPT9qY/x')['x-app-token']).toBeUndefined();
  });

  it('GIVEN a CKAN portal under a path THEN its apiBase host is allowed', () => {
    const ckan = policyForPortals([FIXTURE_PORTALS.ckanUnderPath]);
    expect(refusal(ckan, 'https://ckan.example.org/opendata/api/3/action/package_search')).toBeUndefined();
  });
});
