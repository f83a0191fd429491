import { afterEach, describe, expect, it } from 'vitest';
import {
  type FakePortal,
  HUB_DATASETS,
  type HubFixture,
  SOCRATA_DATASETS,
  startFakePortal,
} from './fakes/portal.js';
import { runCli } from './helpers/cli.js';

/**
 * Findings 1 and 2 of issue 11, through the real CLI against a hostile stand-in portal on loopback
 * (UPSTREAM_OVERRIDE): portal data and redirects must not steer the bot to other hosts.
 */

const INTERNAL_FIELD = 'INTERNAL_ONLY_FIELD';

/** An ArcGIS item anyone could publish, naming an internal service as its url. */
function hostileItem(id: string, url: string): HubFixture {
  return {
    hub: 'geohub.lacity.org',
    id,
    title: `Hostile item ${id.slice(0, 4)}`,
    type: 'Feature Service',
    snippet: 'Looks like a city layer.',
    description: 'Looks like a city layer.',
    owner: 'someone',
    slug: `someone::${id}`,
    url,
    created: Date.parse('2024-01-01T00:00:00Z'),
    modified: Date.parse('2024-01-02T00:00:00Z'),
    fields: [{ name: INTERNAL_FIELD, alias: INTERNAL_FIELD, type: 'esriFieldTypeString' }],
  };
}

const HOSTILE: HubFixture[] = [
  hostileItem(
    'a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1',
    'https://localhost./arcgis/rest/services/Hr/FeatureServer/0',
  ),
  hostileItem(
    'b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2',
    'http://intranet.corp/arcgis/rest/services/Hr/FeatureServer/0',
  ),
  hostileItem(
    'c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3',
    'https://169.254.169.254.nip.io/arcgis/rest/services/Meta/FeatureServer/0',
  ),
  hostileItem(
    'd4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4',
    'https://metadata.google.internal/arcgis/rest/services/Meta/FeatureServer/0',
  ),
];
const HOSTILE_HOSTS = ['localhost.', 'intranet.corp', '169.254.169.254.nip.io', 'metadata.google.internal'];

let fake: FakePortal | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const jsonl = (questions: string[]) => questions.map((q) => JSON.stringify({ q })).join('\n');
const parseLines = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { text: string; answer: { kind: string; notices?: string[] } });

describe('finding 1: request forgery through ArcGIS items (CLI, hostile fake portal)', () => {
  it('GIVEN items whose url names localhost., an intranet host or metadata names THEN the service is not fetched and the item is described as not the city’s own', async () => {
    fake = await startFakePortal({ data: { hub: [...HUB_DATASETS, ...HOSTILE] } });
    const { code, stdout } = await runCli(['ask', '--jsonl'], {
      input: jsonl(HOSTILE.map((h) => `LA dataset ${h.id}`)),
      env: { UPSTREAM_OVERRIDE: fake.url },
    });
    expect(code).toBe(0);
    const answers = parseLines(stdout);
    expect(answers).toHaveLength(HOSTILE.length);
    for (const a of answers) {
      expect(a.answer.kind).toBe('dataset_details');
      expect(a.text).not.toContain(INTERNAL_FIELD);
      expect(a.text).toMatch(/not the city's own \/ not on an allowed host/);
    }
    // The item records were read; none of the services they name was.
    expect(fake.count('www.arcgis.com/sharing')).toBe(HOSTILE.length);
    for (const host of HOSTILE_HOSTS)
      expect(
        fake.count((r) => r.host === host),
        host,
      ).toBe(0);
  });

  it('GIVEN a service on an allowed host that redirects to 127.0.0.1 THEN the hop is refused and no internal field is shown', async () => {
    const miami = HUB_DATASETS.find((d) => d.hub === 'datahub-miamigis.opendata.arcgis.com' && d.url)!;
    fake = await startFakePortal();
    fake.on((r) => r.host === 'services1.arcgis.com', {
      status: 302,
      headers: { location: 'https://127.0.0.1/arcgis/rest/services/Internal/FeatureServer/0' },
    });
    fake.on((r) => r.host === '127.0.0.1', {
      json: { fields: [{ name: INTERNAL_FIELD, alias: INTERNAL_FIELD, type: 'esriFieldTypeString' }] },
    });
    const { code, stdout } = await runCli(['dataset', 'miami', miami.id], {
      env: { UPSTREAM_OVERRIDE: fake.url },
    });
    expect(code).toBe(0);
    expect(stdout).not.toContain(INTERNAL_FIELD);
    expect(stdout).toContain(miami.title);
    expect(fake.count((r) => r.host === 'services1.arcgis.com')).toBeGreaterThan(0);
    expect(fake.count((r) => r.host === '127.0.0.1')).toBe(0);
  });
});

describe('finding 2: redirects to other hosts, with the app token (CLI, hostile fake portal)', () => {
  it('GIVEN the catalog redirects to another host or to 169.254.169.254 THEN not followed, no token leaves, no planted result is shown', async () => {
    fake = await startFakePortal();
    fake.on('api.us.socrata.com/api/catalog/v1', [
      {
        status: 302,
        headers: { location: 'https://evil.example/api/catalog/v1?domains=data.kcmo.org&q=crime' },
      },
      { status: 307, headers: { location: 'https://169.254.169.254/latest/meta-data/' } },
    ]);
    const planted = {
      results: [
        {
          resource: {
            name: 'PLANTED dataset',
            id: 'zzzz-zzzz',
            description: 'not the city',
            type: 'dataset',
          },
          metadata: { domain: 'data.kcmo.org' },
          permalink: 'https://data.kcmo.org/d/zzzz-zzzz',
        },
      ],
      resultSetSize: 1,
    };
    fake.on(
      (r) => r.host === 'evil.example' || r.host === '169.254.169.254',
      [{ json: planted }, { json: planted }],
    );
    const { code, stdout } = await runCli(['ask', '--jsonl'], {
      input: jsonl(['kansas city crime datasets', 'kansas city parking datasets']),
      env: { UPSTREAM_OVERRIDE: fake.url, SOCRATA_APP_TOKEN: 'app-token-under-test' },
    });
    expect(code).toBe(0);
    const answers = parseLines(stdout);
    expect(answers).toHaveLength(2);
    for (const a of answers) {
      expect(a.text).not.toContain('PLANTED');
      expect(a.answer.kind).toBe('upstream_error');
      expect(a.text).toMatch(/pointed somewhere I do not fetch from/);
    }
    expect(fake.count((r) => r.host === 'evil.example' || r.host === '169.254.169.254')).toBe(0);
    // The token went only to the Socrata host the request was for.
    const withToken = fake.requests.filter((r) => r.headers['x-app-token'] === 'app-token-under-test');
    expect(withToken.map((r) => r.host)).toEqual(['api.us.socrata.com', 'api.us.socrata.com']);
  });

  it('GIVEN a redirect to another allowed host THEN followed without the app token', async () => {
    const kc = SOCRATA_DATASETS.find((d) => d.domain === 'data.kcmo.org')!;
    fake = await startFakePortal();
    fake.on(`data.kcmo.org/api/views/${kc.id}.json`, {
      status: 301,
      headers: { location: `https://api.us.socrata.com/api/views/${kc.id}.json` },
    });
    fake.on((r) => r.host === 'api.us.socrata.com' && r.path.startsWith('/api/views/'), {
      status: 404,
      json: { error: 'not here' },
    });
    await runCli(['dataset', 'KC', kc.id], {
      env: { UPSTREAM_OVERRIDE: fake.url, SOCRATA_APP_TOKEN: 'app-token-under-test' },
    });
    const [first, hop] = fake.requests;
    expect(first?.host).toBe('data.kcmo.org');
    expect(first?.headers['x-app-token']).toBe('app-token-under-test');
    expect(hop?.host).toBe('api.us.socrata.com');
    expect(hop?.headers['x-app-token']).toBeUndefined();
  });
});

describe('portal HTTP 5xx (CLI)', () => {
  it('GIVEN the catalog answers HTTP 500 THEN "the portal returned an error", not "could not be reached"', async () => {
    fake = await startFakePortal();
    fake.on('api/catalog', { status: 500, body: '<html>oops</html>' });
    const { stdout } = await runCli(['search', 'kansas', 'city', 'crime'], {
      env: { UPSTREAM_OVERRIDE: fake.url },
    });
    expect(stdout).toMatch(/the portal returned an error/);
    expect(stdout).not.toMatch(/could not be reached/);
  });
});
