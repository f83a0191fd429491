import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  CKAN_DATASETS,
  type CkanFixture,
  HUB_DATASETS,
  type HubFixture,
  SOCRATA_DATASETS,
  type SocrataFixture,
} from './portalFixtures.js';

export * from './portalFixtures.js';

/**
 * A loopback stand-in for every portal platform, reached through UPSTREAM_OVERRIDE:
 * `GET {url}/{host}/{path}?{query}` answers as `https://{host}/{path}?{query}` would.
 *
 *   const fake = await startFakePortal();            // 127.0.0.1, random port
 *   process.env.UPSTREAM_OVERRIDE = fake.url;        // or loadConfig({ UPSTREAM_OVERRIDE: fake.url })
 *   fake.on('geohub.lacity.org', { status: 503 });   // script the next matching request(s)
 *   fake.on('api/catalog', [{ status: 429, headers: { 'retry-after': '1' } }, { delayMs: 500 }]);
 *   fake.requests;                                   // what reached it (host, path, query, headers)
 *   await fake.close();
 *
 * Default fixtures: Kansas City and Los Angeles Socrata datasets, LA GeoHub and Miami Hub layers
 * (with their ArcGIS items and FeatureServer layers), and a CKAN site answering under any host.
 * `CITY_PORTALS` / `FIXTURE_PORTALS` are matching Portal objects.
 */

export interface FakeRequest {
  method: string;
  host: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  at: number;
}

/** A string matches `${host}${path}` by substring. */
export type FakeMatch = string | RegExp | ((req: FakeRequest) => boolean);

export interface FakeBehaviour {
  status?: number;
  headers?: Record<string, string>;
  json?: unknown;
  body?: string;
  delayMs?: number;
  /** Destroy the socket without answering (a connection reset). */
  reset?: boolean;
  /** Stream a body of this many bytes (no content-length unless `declareLength`). */
  sizeBytes?: number;
  declareLength?: boolean;
  /** Send status and headers and a first chunk, then never finish the body. */
  stallBody?: boolean;
}

export interface FakePortalData {
  socrata: SocrataFixture[];
  hub: HubFixture[];
  ckan: CkanFixture[];
}

export interface FakePortal {
  /** Use as UPSTREAM_OVERRIDE. */
  url: string;
  requests: FakeRequest[];
  /** Scripts matching requests: a list is consumed in order, then the fixtures answer again. */
  on(match: FakeMatch, behaviour: FakeBehaviour | FakeBehaviour[]): void;
  /** Requests whose `${host}${path}` matches. */
  count(match: FakeMatch): number;
  /** Added before every answer (fixtures and scripts). */
  latencyMs: number;
  maxInFlightByHost: Map<string, number>;
  /** TCP connections accepted so far (keep-alive reuse keeps this low). */
  connections(): number;
  clear(): void;
  close(): Promise<void>;
}

interface Script {
  match: FakeMatch;
  queue: FakeBehaviour[];
}

function matches(match: FakeMatch, req: FakeRequest): boolean {
  if (typeof match === 'function') return match(req);
  const target = `${req.host}${req.path}`;
  return typeof match === 'string' ? target.includes(match) : match.test(target);
}

export async function startFakePortal(
  opts: { latencyMs?: number; data?: Partial<FakePortalData> } = {},
): Promise<FakePortal> {
  const data: FakePortalData = {
    socrata: opts.data?.socrata ?? SOCRATA_DATASETS,
    hub: opts.data?.hub ?? HUB_DATASETS,
    ckan: opts.data?.ckan ?? CKAN_DATASETS,
  };
  let scripts: Script[] = [];
  const requests: FakeRequest[] = [];
  const inFlight = new Map<string, number>();
  const maxInFlightByHost = new Map<string, number>();

  const server = createServer((req, res) => {
    void handle(req, res);
  });
  let connections = 0;
  server.on('connection', () => {
    connections++;
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = new URL(req.url ?? '/', 'http://fake');
    const [, host = '', ...rest] = raw.pathname.split('/');
    const record: FakeRequest = {
      method: req.method ?? 'GET',
      host,
      path: `/${rest.join('/')}`,
      query: raw.searchParams,
      headers: req.headers,
      at: Date.now(),
    };
    requests.push(record);
    const now = (inFlight.get(host) ?? 0) + 1;
    inFlight.set(host, now);
    maxInFlightByHost.set(host, Math.max(now, maxInFlightByHost.get(host) ?? 0));
    res.on('close', () => inFlight.set(host, (inFlight.get(host) ?? 1) - 1));

    const script = scripts.find((s) => s.queue.length > 0 && matches(s.match, record));
    const behaviour = script?.queue.shift();
    const wait = fake.latencyMs + (behaviour?.delayMs ?? 0);
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    if (res.destroyed) return;
    if (behaviour) return play(behaviour, req, res);
    const answer = route(record, data);
    send(res, answer.status, answer.json);
  }

  const fake: FakePortal = {
    url: '',
    requests,
    latencyMs: opts.latencyMs ?? 0,
    maxInFlightByHost,
    on(match, behaviour) {
      scripts.push({ match, queue: Array.isArray(behaviour) ? [...behaviour] : [behaviour] });
    },
    count: (match) => requests.filter((r) => matches(match, r)).length,
    connections: () => connections,
    clear() {
      scripts = [];
      requests.length = 0;
      maxInFlightByHost.clear();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return fake;
}

function send(
  res: ServerResponse,
  status: number,
  json: unknown,
  headers: Record<string, string> = {},
): void {
  const body = JSON.stringify(json);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    ...headers,
  });
  res.end(body);
}

function play(b: FakeBehaviour, req: IncomingMessage, res: ServerResponse): void {
  if (b.reset) {
    req.socket.destroy();
    return;
  }
  const status = b.status ?? 200;
  if (b.stallBody) {
    res.writeHead(status, { 'content-type': 'application/json', ...b.headers });
    res.write('{"results": [');
    return;
  }
  if (b.sizeBytes !== undefined) {
    const headers: Record<string, string | number> = { 'content-type': 'application/json', ...b.headers };
    if (b.declareLength) headers['content-length'] = b.sizeBytes;
    res.writeHead(status, headers);
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    let left = b.sizeBytes;
    const pump = () => {
      while (left > 0) {
        const n = Math.min(left, chunk.length);
        left -= n;
        if (!res.write(chunk.subarray(0, n))) {
          res.once('drain', pump);
          return;
        }
      }
      res.end();
    };
    res.on('error', () => undefined);
    pump();
    return;
  }
  if (b.json !== undefined) {
    send(res, status, b.json, b.headers);
    return;
  }
  res.writeHead(status, { 'content-type': 'application/json', ...b.headers });
  res.end(b.body ?? '');
}

// ---------- fixture answers, shaped like the real APIs ----------

type Answer = { status: number; json: unknown };

const words = (q: string | null) =>
  (q ?? '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/** Every word must appear (a trailing "s" ignored), like Discovery's default for short queries. */
function textMatches(q: string | null, text: string): boolean {
  const hay = text.toLowerCase();
  return words(q).every((w) => hay.includes(w) || hay.includes(w.replace(/s$/, '')));
}

function page<T>(items: T[], offset: number, limit: number): T[] {
  return items.slice(offset, offset + limit);
}

function route(req: FakeRequest, data: FakePortalData): Answer {
  const { host, path, query } = req;
  if (host === 'api.us.socrata.com' && path === '/api/catalog/v1') return socrataCatalog(query, data);
  if (host === 'api.us.socrata.com' && path === '/api/catalog/v1/autocomplete')
    return socrataAutocomplete(query, data);
  const view = /^\/api\/views\/([a-z0-9]{4}-[a-z0-9]{4})\.json$/.exec(path);
  if (view) return socrataView(host, view[1]!, data);
  if (path === '/api/search/v1/collections/dataset/items') return hubSearch(host, query, data);
  const item = /^\/sharing\/rest\/content\/items\/([0-9a-f]{32})$/.exec(path);
  if (host === 'www.arcgis.com' && item) return arcgisItem(item[1]!, data);
  if (/\/(FeatureServer|MapServer)\/\d+$/.test(path)) return arcgisLayer(`https://${host}${path}`, data);
  const ckan = /\/api\/3\/action\/([a-z_]+)$/.exec(path);
  if (ckan) return ckanAction(ckan[1]!, query, data);
  return { status: 404, json: { error: 'not found in fake portal' } };
}

function socrataCatalog(query: URLSearchParams, data: FakePortalData): Answer {
  const domains = (query.get('domains') ?? '').split(',');
  const all = data.socrata.filter(
    (d) =>
      domains.includes(d.domain) &&
      textMatches(query.get('q'), `${d.name} ${d.description} ${d.category ?? ''}`),
  );
  const offset = Number(query.get('offset') ?? 0);
  const limit = Number(query.get('limit') ?? 100);
  if (offset + limit > 10_000)
    return { status: 400, json: { error: 'offset + limit must be at most 10000' } };
  return {
    status: 200,
    json: {
      results: page(all, offset, limit).map((d) => ({
        resource: {
          name: d.name,
          id: d.id,
          parent_fxf: [],
          description: d.description,
          attribution: d.attribution ?? null,
          type: 'dataset',
          updatedAt: d.updatedAt,
          createdAt: d.createdAt,
          metadata_updated_at: d.updatedAt,
          data_updated_at: d.updatedAt,
          columns_name: d.columns.map((c) => c.name),
          columns_field_name: d.columns.map((c) => c.fieldName),
          columns_datatype: d.columns.map((c) => c.dataTypeName),
          provenance: 'official',
        },
        classification: {
          categories: [],
          tags: [],
          domain_category: d.category ?? null,
          domain_tags: [],
          domain_metadata: [],
        },
        metadata: { domain: d.domain, ...(d.license ? { license: d.license } : {}) },
        permalink: `https://${d.domain}/d/${d.id}`,
        link: `https://${d.domain}/${(d.category ?? 'Data').replace(/\W+/g, '-')}/${d.name.replace(/\W+/g, '-')}/${d.id}`,
        owner: { id: 'fake-ownr', user_type: 'interactive', display_name: 'fixture' },
      })),
      resultSetSize: all.length,
      timings: { serviceMillis: 4, searchMillis: [1, 1] },
    },
  };
}

function socrataAutocomplete(query: URLSearchParams, data: FakePortalData): Answer {
  const domains = (query.get('domains') ?? '').split(',');
  const q = (query.get('q') ?? '').toLowerCase();
  const all = data.socrata.filter((d) => domains.includes(d.domain) && d.name.toLowerCase().includes(q));
  const dedupe = query.get('deduplicate') !== 'false';
  return {
    status: 200,
    json: {
      results: all.slice(0, Number(query.get('limit') ?? 10)).map((d) => ({
        title: d.name,
        display_title: d.name.replace(new RegExp(q, 'i'), (m) => `<span class=highlight>${m}</span>`),
        ...(dedupe ? {} : { id: d.id }),
      })),
      resultSetSize: all.length,
      timings: { serviceMillis: 2, searchMillis: [1] },
    },
  };
}

const epochSeconds = (iso: string) => Math.floor(Date.parse(iso) / 1000);

function socrataView(domain: string, id: string, data: FakePortalData): Answer {
  const d = data.socrata.find((x) => x.domain === domain && x.id === id);
  if (!d) {
    return {
      status: 404,
      json: { code: 'not_found', error: true, message: `Cannot find view with id ${id}` },
    };
  }
  return {
    status: 200,
    json: {
      id: d.id,
      name: d.name,
      attribution: d.attribution,
      averageRating: 0,
      category: d.category,
      createdAt: epochSeconds(d.createdAt),
      description: d.description,
      displayType: 'table',
      downloadCount: 10,
      publicationDate: epochSeconds(d.createdAt),
      publicationStage: 'published',
      rowsUpdatedAt: epochSeconds(d.updatedAt),
      viewLastModified: epochSeconds(d.updatedAt),
      viewType: 'tabular',
      assetType: 'dataset',
      ...(d.license
        ? {
            licenseId: 'CC0_10',
            license: {
              name: d.license,
              termsLink: 'https://creativecommons.org/publicdomain/zero/1.0/legalcode',
            },
          }
        : {}),
      columns: [
        { id: -1, name: 'sid', dataTypeName: 'meta_data', fieldName: ':sid', position: 0, flags: ['hidden'] },
        ...d.columns.map((c, i) => ({
          id: 1000 + i,
          name: c.name,
          dataTypeName: c.dataTypeName,
          fieldName: c.fieldName,
          position: i + 1,
          renderTypeName: c.dataTypeName,
          tableColumnId: 2000 + i,
          format: {},
        })),
      ],
      metadata: { custom_fields: {}, availableDisplayTypes: ['table', 'fatrow', 'page'] },
      owner: { id: 'fake-ownr', displayName: 'fixture', screenName: 'fixture' },
      rights: ['read'],
      tags: [],
    },
  };
}

const itemIdOf = (hubId: string) => hubId.split('_')[0]!;

function hubSearch(host: string, query: URLSearchParams, data: FakePortalData): Answer {
  const all = data.hub.filter(
    (d) => d.hub === host && textMatches(query.get('q'), `${d.title} ${d.snippet} ${d.description}`),
  );
  if (!data.hub.some((d) => d.hub === host)) return { status: 404, json: { error: 'not a hub' } };
  const start = Number(query.get('startindex') ?? 1);
  const limit = Number(query.get('limit') ?? 10);
  const pageItems = page(all, start - 1, limit);
  return {
    status: 200,
    json: {
      type: 'FeatureCollection',
      features: pageItems.map((d) => ({
        id: d.id,
        type: 'Feature',
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [-80.3, 25.7],
              [-80.1, 25.7],
              [-80.1, 25.9],
              [-80.3, 25.7],
            ],
          ],
        },
        time: null,
        links: [],
        properties: {
          id: itemIdOf(d.id),
          title: d.title,
          type: d.type,
          owner: d.owner,
          snippet: d.snippet,
          description: d.description,
          tags: [],
          categories: d.categories ?? [],
          created: d.created,
          modified: d.modified,
          url: d.url ?? null,
          slug: d.slug,
          ...(d.source ? { source: d.source } : {}),
          license: 'none',
        },
      })),
      timestamp: new Date().toISOString(),
      numberMatched: all.length,
      numberReturned: pageItems.length,
      links: [
        {
          rel: 'self',
          type: 'application/geo+json',
          title: 'This page',
          href: `https://${host}/api/search/v1/collections/dataset/items?startindex=${start}`,
        },
        ...(start - 1 + limit < all.length
          ? [
              {
                rel: 'next',
                type: 'application/geo+json',
                title: 'Next page',
                href: `https://${host}/api/search/v1/collections/dataset/items?startindex=${start + limit}`,
              },
            ]
          : []),
      ],
    },
  };
}

function arcgisItem(itemId: string, data: FakePortalData): Answer {
  const d = data.hub.find((x) => itemIdOf(x.id) === itemId);
  if (!d) {
    // ArcGIS reports a missing item with HTTP 200 and an error body.
    return {
      status: 200,
      json: {
        error: {
          code: 400,
          messageCode: 'CONT_0001',
          message: 'Item does not exist or is inaccessible.',
          details: [],
        },
      },
    };
  }
  return {
    status: 200,
    json: {
      id: itemId,
      owner: d.owner,
      created: d.created,
      modified: d.modified,
      title: d.title,
      type: d.type,
      typeKeywords: ['Data', 'Service', 'Feature Service'],
      description: d.description,
      snippet: d.snippet,
      tags: [],
      categories: d.categories ?? [],
      url: d.url ?? null,
      licenseInfo: d.licenseInfo ?? null,
      accessInformation: d.accessInformation ?? null,
      numViews: 100,
      size: -1,
    },
  };
}

function arcgisLayer(layerUrl: string, data: FakePortalData): Answer {
  const d = data.hub.find((x) => {
    if (!x.url) return false;
    const base = x.url.replace(/\/\d+$/, '');
    return layerUrl === x.url || layerUrl.startsWith(`${base}/`);
  });
  if (!d) return { status: 200, json: { error: { code: 400, message: 'Invalid URL', details: [] } } };
  return {
    status: 200,
    json: {
      currentVersion: 11.2,
      id: Number(layerUrl.split('/').pop()),
      name: d.title.replace(/\W+/g, '_'),
      type: 'Feature Layer',
      serviceItemId: itemIdOf(d.id),
      description: '',
      copyrightText: d.accessInformation ?? '',
      editingInfo: { lastEditDate: d.modified, schemaLastEditDate: d.created, dataLastEditDate: d.modified },
      maxRecordCount: 2000,
      supportedQueryFormats: 'JSON, geoJSON, PBF',
      advancedQueryCapabilities: { supportsPagination: true },
      fields: d.fields.map((f) => ({
        ...f,
        length: f.type === 'esriFieldTypeString' ? 255 : undefined,
        nullable: true,
        editable: false,
        domain: null,
      })),
    },
  };
}

function ckanEnvelope(action: string, result: unknown): unknown {
  return { help: `https://data.example.gov/api/3/action/help_show?name=${action}`, success: true, result };
}

function ckanPackage(d: CkanFixture) {
  return {
    id: d.id,
    name: d.name,
    title: d.title,
    notes: d.notes,
    type: 'dataset',
    metadata_created: d.metadataCreated,
    metadata_modified: d.metadataModified,
    license_id: 'odc-pddl',
    license_title: d.license,
    organization: {
      id: 'org-1',
      name: d.organization.toLowerCase().replace(/\W+/g, '-'),
      title: d.organization,
    },
    groups: d.group
      ? [{ id: 'g-1', name: d.group.toLowerCase(), title: d.group, display_name: d.group }]
      : [],
    tags: [],
    extras: [],
    num_resources: d.resource ? 1 : 0,
    resources: d.resource
      ? [
          {
            id: d.resource.id,
            package_id: d.id,
            name: d.resource.name,
            format: 'CSV',
            url: '',
            datastore_active: true,
            created: d.metadataCreated,
            last_modified: d.metadataModified,
          },
        ]
      : [],
  };
}

function ckanAction(action: string, query: URLSearchParams, data: FakePortalData): Answer {
  if (action === 'package_search') {
    const all = data.ckan.filter((d) => textMatches(query.get('q'), `${d.title} ${d.notes} ${d.name}`));
    const start = Number(query.get('start') ?? 0);
    const rows = Number(query.get('rows') ?? 10);
    return {
      status: 200,
      json: ckanEnvelope(action, {
        count: all.length,
        sort: 'score desc, metadata_modified desc',
        facets: {},
        results: page(all, start, rows).map(ckanPackage),
        search_facets: {},
      }),
    };
  }
  if (action === 'package_show') {
    const id = query.get('id');
    const d = data.ckan.find((x) => x.name === id || x.id === id);
    if (!d)
      return {
        status: 404,
        json: { help: '', success: false, error: { __type: 'Not Found Error', message: 'Not found' } },
      };
    return { status: 200, json: ckanEnvelope(action, ckanPackage(d)) };
  }
  if (action === 'package_autocomplete') {
    const q = (query.get('q') ?? '').toLowerCase();
    const found = data.ckan.filter((d) => d.title.toLowerCase().includes(q) || d.name.includes(q));
    return {
      status: 200,
      json: ckanEnvelope(
        action,
        found
          .slice(0, Number(query.get('limit') ?? 10))
          .map((d) => ({ name: d.name, title: d.title, match_field: 'title', match_displayed: d.title })),
      ),
    };
  }
  if (action === 'datastore_search') {
    const rid = query.get('resource_id');
    const d = data.ckan.find((x) => x.resource?.id === rid);
    if (!d?.resource) {
      return {
        status: 404,
        json: {
          help: '',
          success: false,
          error: { __type: 'Not Found Error', message: `Resource "${rid}" was not found.` },
        },
      };
    }
    return {
      status: 200,
      json: ckanEnvelope(action, {
        include_total: true,
        resource_id: rid,
        fields: d.resource.fields.map((f) => ({
          id: f.id,
          type: f.type,
          ...(f.label ? { info: { label: f.label } } : {}),
        })),
        records_format: 'objects',
        records: [],
        limit: Number(query.get('limit') ?? 100),
        _links: {
          start: `/api/3/action/datastore_search?resource_id=${rid}`,
          next: `/api/3/action/datastore_search?offset=100&resource_id=${rid}`,
        },
        total: d.resource.total,
      }),
    };
  }
  return {
    status: 400,
    json: {
      help: '',
      success: false,
      error: { __type: 'Validation Error', message: 'Bad request - Action name not known' },
    },
  };
}
