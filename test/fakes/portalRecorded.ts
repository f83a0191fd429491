/**
 * Response bodies in the shapes recorded from the real portal APIs, for scripting the fake portal
 * (`fake.on(path, { json: discoveryPage(...) })`). Field sets follow recorded public responses:
 * - Socrata Discovery: a recorded `api.us.socrata.com/api/catalog/v1` answer (ryanzomorrodi/socratadata
 *   tests/testthat/soc_discovery), where results of several domains come back together;
 * - ArcGIS Hub OGC search: Esri's own mock (Esri/hub.js ogcItemsResponse.ts): the feature id is the
 *   bare item id and `url` is the service root (`…/FeatureServer`, no layer);
 * - CKAN package_search: the `{help, success, result: {count, results}}` envelope of /work/shared/reference.
 * Titles, ids and values are test data written here, not copies of those files.
 */

export interface DiscoveryItem {
  domain: string;
  id: string;
  name: string;
  category?: string;
  license?: string;
  attribution?: string;
}

export function discoveryResult(d: DiscoveryItem) {
  return {
    resource: {
      name: d.name,
      id: d.id,
      resource_name: null,
      parent_fxf: [],
      description: `${d.name}, as published on ${d.domain}.`,
      attribution: d.attribution ?? null,
      attribution_link: null,
      contact_email: null,
      type: 'dataset',
      updatedAt: '2025-08-25T10:35:42.000Z',
      createdAt: '2015-09-30T17:08:23.000Z',
      metadata_updated_at: '2024-11-26T23:16:32.000Z',
      data_updated_at: '2025-08-25T10:35:42.000Z',
      page_views: {
        page_views_last_week: 240,
        page_views_last_month: 1023,
        page_views_total: 38740,
        page_views_last_week_log: 7.9,
        page_views_last_month_log: 10,
        page_views_total_log: 15.2,
      },
      columns_name: ['Stop ID'],
      columns_field_name: ['stop_id'],
      columns_datatype: ['Text'],
      columns_description: [''],
      columns_format: [{ align: 'left' }],
      download_count: 151,
      provenance: 'official',
      lens_view_type: 'tabular',
      lens_display_type: 'table',
      locked: false,
      blob_mime_type: null,
      hide_from_data_json: false,
      publication_date: '2016-05-03T22:59:56.000Z',
    },
    classification: {
      categories: [],
      tags: [],
      domain_category: d.category ?? null,
      domain_tags: [],
      domain_metadata: [{ key: 'Update_Update-Frequency', value: 'Daily' }],
    },
    metadata: { domain: d.domain, ...(d.license ? { license: d.license } : {}) },
    permalink: `https://${d.domain}/d/${d.id}`,
    link: `https://${d.domain}/${d.category ?? 'Data'}/${d.name.replace(/\W+/g, '-')}/${d.id}`,
    owner: { id: 'ownr-0001', user_type: 'interactive', display_name: 'Open Data' },
    creator: { id: 'ownr-0001', user_type: 'interactive', display_name: 'Open Data' },
  };
}

export function discoveryPage(items: DiscoveryItem[], resultSetSize: number) {
  return {
    results: items.map(discoveryResult),
    resultSetSize,
    timings: { serviceMillis: 4, searchMillis: [1, 1] },
  };
}

export interface HubItem {
  /** Bare 32-hex item id, as the OGC feature carries it. */
  id: string;
  title: string;
  /** As Hub gives it: usually the service root, without a layer. */
  url: string;
  owner?: string;
  slug?: string;
  categories?: string[];
  license?: string;
}

export function hubFeature(d: HubItem) {
  const ring = [
    [-118.6, 34.3],
    [-118.1, 34.3],
    [-118.1, 33.7],
    [-118.6, 33.7],
    [-118.6, 34.3],
  ];
  return {
    id: d.id,
    type: 'Feature',
    geometry: { type: 'Polygon', coordinates: [ring] },
    properties: {
      id: d.id,
      owner: d.owner ?? 'hub_admin',
      created: 1611934478000,
      modified: 1671554653000,
      guid: null,
      name: d.title.replace(/\W+/g, '_'),
      title: d.title,
      type: 'Feature Service',
      typeKeywords: [],
      description: `<div>${d.title}.</div>`,
      tags: [],
      snippet: `${d.title}.`,
      thumbnail: 'thumbnail/thumbnail.png',
      documentation: null,
      extent: { type: 'Polygon', coordinates: [ring] },
      categories: d.categories ?? [],
      spatialReference: '102100',
      url: d.url,
      access: 'public',
      ...(d.slug ? { slug: d.slug } : {}),
      ...(d.license ? { license: d.license } : {}),
    },
    time: null,
    links: [
      {
        rel: 'self',
        type: 'application/geo+json',
        title: 'This document as GeoJSON',
        href: `https://hub.example/api/search/v1/collections/dataset/items/${d.id}`,
      },
    ],
  };
}

export function hubPage(items: HubItem[], numberMatched: number, startindex: number) {
  const next = startindex - 1 + items.length < numberMatched;
  return {
    type: 'FeatureCollection',
    features: items.map(hubFeature),
    timestamp: '2026-12-01T18:53:40.715Z',
    numberMatched,
    numberReturned: items.length,
    links: [
      {
        rel: 'self',
        type: 'application/geo+json',
        title: 'This document as GeoJSON',
        href: `https://hub.example/api/search/v1/collections/dataset/items?startindex=${startindex}`,
      },
      ...(next
        ? [
            {
              rel: 'next',
              type: 'application/geo+json',
              title: 'items (next)',
              href: `https://hub.example/api/search/v1/collections/dataset/items?startindex=${startindex + items.length}`,
            },
          ]
        : []),
    ],
  };
}

export interface CkanItem {
  name: string;
  title: string;
  organization: string;
  license?: string;
  group?: string;
}

export function ckanSearchPage(items: CkanItem[], count: number) {
  return {
    help: 'https://data.example.gov/api/3/action/help_show?name=package_search',
    success: true,
    result: {
      count,
      sort: 'score desc, metadata_modified desc',
      facets: {},
      search_facets: {},
      results: items.map((d, i) => ({
        id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
        name: d.name,
        title: d.title,
        notes: `${d.title} (**Markdown** notes).`,
        type: 'dataset',
        metadata_created: '2019-01-01T00:00:00.000000',
        metadata_modified: '2026-11-01T12:00:00.000000',
        license_id: d.license ? 'cc-by' : '',
        license_title: d.license ?? '',
        organization: { id: 'org-1', name: d.organization.toLowerCase(), title: d.organization },
        groups: d.group
          ? [{ id: 'g-1', name: d.group.toLowerCase(), title: d.group, display_name: d.group }]
          : [],
        tags: [],
        extras: [],
        num_resources: 0,
        resources: [],
      })),
    },
  };
}
