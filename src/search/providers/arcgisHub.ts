import type { DatasetColumn, DatasetDetails, DatasetHit, Portal } from '../../knowledge/index.js';
import { classifyDatasetId } from '../datasetId.js';
import { UpstreamError } from '../http/errors.js';
import { clip, isoFromEpochMillis, optionalText, plainText } from '../text.js';
import { ArcgisItemSchema, ArcgisLayerSchema, type HubItems, HubItemsSchema } from './arcgisSchemas.js';
import { arcgisError } from './platformErrors.js';
import type { PortalProvider } from './types.js';

export const ARCGIS_ITEMS = 'https://www.arcgis.com/sharing/rest/content/items';
/** Per Esri's own Hub OGC client (koop-provider-hub-search-ogc): `limit` ≤ 100, `startindex` 1-based. */
const HUB_MAX_LIMIT = 100;

/**
 * Items a Hub surfaces that belong to a look-alike government, per the portal reference:
 * GeoHub shows LA County (`lacounty::`) items; Miami-Dade County services live under org
 * `8Pc9XBTAsYuxx9Ny` and `miamidade.gov`. They are left out of results and counted by `name`.
 */
const LOOKALIKES: Record<string, { name: string; slug?: RegExp; source?: RegExp; url?: RegExp }> = {
  'geohub.lacity.org': {
    name: 'Los Angeles County',
    slug: /^lacounty::/i,
    source: /county of los angeles|los angeles county/i,
  },
  'datahub-miamigis.opendata.arcgis.com': {
    name: 'Miami-Dade County',
    source: /miami-dade/i,
    url: /8Pc9XBTAsYuxx9Ny|miamidade\.gov/i,
  },
};

/**
 * What marks the city's own items on its Hub, per the portal reference: the City of Los Angeles's
 * org slug on GeoHub is `lahub`; the City of Miami's services live under org `CvuPhqcTQpZPT9qY`.
 * Other items are shown, labelled as another organisation's.
 */
const OWN_ITEMS: Record<string, { city: string; slugOrg?: string; serviceRoot?: RegExp }> = {
  'geohub.lacity.org': { city: 'the City of Los Angeles', slugOrg: 'lahub' },
  'datahub-miamigis.opendata.arcgis.com': {
    city: 'the City of Miami',
    serviceRoot: /^https:\/\/services1\.arcgis\.com\/CvuPhqcTQpZPT9qY\//i,
  },
};

type HubFeature = HubItems['features'][number];

/** The look-alike government an item belongs to, if any. */
export function lookalikeOf(portal: Portal, feature: HubFeature): string | undefined {
  const rule = LOOKALIKES[portal.domain];
  if (!rule) return undefined;
  const p = feature.properties;
  const hit =
    (rule.slug && p.slug && rule.slug.test(p.slug)) ||
    (rule.source && [p.source, p.orgName].some((s) => s && rule.source!.test(s))) ||
    (rule.url && p.url && rule.url.test(p.url));
  return hit ? rule.name : undefined;
}

/** A label for an item another organisation published on the city's Hub; undefined when it is the city's or unknown. */
export function notCityOwnLabel(portal: Portal, feature: HubFeature): string | undefined {
  const own = OWN_ITEMS[portal.domain];
  if (!own) return undefined;
  const p = feature.properties;
  const slugOrg = p.slug?.includes('::') ? p.slug.split('::')[0] : undefined;
  const publisher = plainText(p.source || p.orgName) || slugOrg;
  if (own.slugOrg && slugOrg && slugOrg.toLowerCase() !== own.slugOrg) {
    return `Published by ${publisher} on ${portal.name}, not by ${own.city}.`;
  }
  const service = serviceUrl(p.url);
  if (own.serviceRoot && service && !own.serviceRoot.test(service.base)) {
    const where = new URL(service.base);
    const org = `${where.host}/${where.pathname.split('/')[1] ?? ''}`;
    return `Hosted by another ArcGIS organisation (${org}${publisher ? `, ${publisher}` : ''}), not by ${own.city}.`;
  }
  return undefined;
}

const LAYER_URL = /^(.*\/(?:FeatureServer|MapServer))(?:\/(\d+))?\/?$/i;

/**
 * Item `url`s come from upstream data, so only public https ArcGIS service URLs are followed:
 * no IP literals, no localhost, http upgraded to https.
 */
export function serviceUrl(raw: string | null | undefined): { base: string; layer?: number } | undefined {
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const host = url.hostname;
  if (!host.includes('.') || /^[\d.]+$/.test(host) || host.includes(':') || /localhost$/i.test(host))
    return undefined;
  const m = LAYER_URL.exec(`https://${url.host}${url.pathname}`);
  if (!m) return undefined;
  return m[2] === undefined ? { base: m[1]! } : { base: m[1]!, layer: Number(m[2]) };
}

/**
 * One dataset, one id, in search and details alike: `{itemId}_{layer}` for a layer of a Feature or
 * Map service (layer from the id when it has one, else from the item URL, else 0: a service root
 * such as `…/FeatureServer` is described by its first layer), the bare item id for anything else.
 */
export function hubDatasetId(
  itemId: string,
  itemUrl: string | null | undefined,
  layer?: number,
): { id: string; layerUrl?: string } {
  const svc = serviceUrl(itemUrl);
  const item = itemId.toLowerCase();
  if (!svc) return { id: item };
  const n = layer ?? svc.layer ?? 0;
  return { id: `${item}_${n}`, layerUrl: `${svc.base}/${n}` };
}

function layerFromId(id: string): number | undefined {
  const m = /_(\d+)$/.exec(id);
  return m ? Number(m[1]) : undefined;
}

export const arcgisQueryExample = (layerUrl: string) =>
  `${layerUrl}/query?where=1%3D1&outFields=*&resultRecordCount=5&f=json`;

function fieldType(type: string): string {
  return type.replace(/^esriFieldType/, '').toLowerCase() || 'string';
}

const categoryOf = (categories: string[] | null | undefined) =>
  categories?.[0]?.split('/').filter(Boolean).pop();

/**
 * A search hit carries no API endpoint: the layer URL an item lists has not answered yet (and
 * often does not), so details shows it only after it did.
 */
function toHit(portal: Portal, f: HubFeature): DatasetHit {
  const p = f.properties;
  const { id } = hubDatasetId(p.id ?? f.id.split('_')[0]!, p.url, layerFromId(f.id));
  const foreign = notCityOwnLabel(portal, f);
  return {
    id,
    title: p.title,
    description: clip(plainText(p.snippet || p.description), 240),
    type: p.type ?? 'dataset',
    updatedAt: isoFromEpochMillis(p.modified),
    pageUrl: `https://${portal.domain}/datasets/${encodeURIComponent(id)}`,
    platform: 'arcgis-hub',
    portalId: portal.id,
    ...optionalText({
      license: p.license,
      category: categoryOf(p.categories),
      publisher: p.source || p.orgName,
    }),
    ...(foreign ? { notCityOwn: foreign } : {}),
  };
}

export const arcgisHubProvider: PortalProvider = {
  ownsId: (id) => {
    const kind = classifyDatasetId(id);
    return kind === 'arcgis-hub' || kind === 'arcgis-item';
  },

  async search(portal, query, page, ctx) {
    const params = new URLSearchParams({
      limit: String(Math.max(1, Math.min(page.limit, HUB_MAX_LIMIT))),
      startindex: String(page.offset + 1),
    });
    if (query.trim()) params.set('q', query.trim());
    const body = await ctx.http.getJson(
      `https://${portal.domain}/api/search/v1/collections/dataset/items?${params}`,
      HubItemsSchema,
      { deadline: ctx.deadline, detectError: arcgisError },
    );
    const skipped = body.features.flatMap((f) => lookalikeOf(portal, f) ?? []);
    return {
      total: body.numberMatched,
      hits: body.features.filter((f) => !lookalikeOf(portal, f)).map((f) => toHit(portal, f)),
      returned: body.features.length,
      skipped,
    };
  },

  async details(portal, rawId, ctx) {
    const [itemId = ''] = rawId.toLowerCase().split('_');
    const item = await ctx.http.getJson(`${ARCGIS_ITEMS}/${itemId}?f=json`, ArcgisItemSchema, {
      deadline: ctx.deadline,
      detectError: arcgisError,
    });
    const { id, layerUrl } = hubDatasetId(item.id, item.url, layerFromId(rawId));
    let columns: DatasetColumn[] = [];
    let rowsUpdatedAt: string | undefined;
    let copyright: string | undefined;
    let layerAnswered = false;
    let endpointProblem: string | undefined;
    if (layerUrl) {
      try {
        const layer = await ctx.http.getJson(`${layerUrl}?f=json`, ArcgisLayerSchema, {
          deadline: ctx.deadline,
          detectError: arcgisError,
        });
        columns = (layer.fields ?? [])
          .filter((f) => f.type !== 'esriFieldTypeGeometry')
          .map((f) => ({ name: f.alias || f.name, fieldName: f.name, type: fieldType(f.type) }));
        rowsUpdatedAt = isoFromEpochMillis(
          layer.editingInfo?.dataLastEditDate ?? layer.editingInfo?.lastEditDate,
        );
        copyright = plainText(layer.copyrightText) || undefined;
        layerAnswered = true;
      } catch (err) {
        // A secured or vanished layer still leaves a useful item description; outages propagate.
        if (!(err instanceof UpstreamError && err.kind === 'not_found')) throw err;
        const why = /not public/i.test(err.message) ? 'it is not public' : 'not found';
        endpointProblem = `The layer this item lists (${layerUrl}) did not answer (${why}), so no API endpoint is shown; ask the publisher for the current service.`;
      }
    }
    const license = plainText(item.licenseInfo);
    const attribution = plainText(item.accessInformation) || copyright;
    const category = categoryOf(item.categories);
    // Only an endpoint that answered: the layer, or (for items without a service) the item itself.
    const apiUrl = layerUrl ? (layerAnswered ? layerUrl : undefined) : `${ARCGIS_ITEMS}/${item.id}?f=json`;
    const details: DatasetDetails = {
      id,
      title: item.title,
      description: clip(plainText(item.description || item.snippet), 600),
      type: item.type ?? 'dataset',
      updatedAt: isoFromEpochMillis(item.modified),
      pageUrl: `https://${portal.domain}/datasets/${encodeURIComponent(id)}`,
      ...(apiUrl ? { apiUrl } : {}),
      platform: 'arcgis-hub',
      portalId: portal.id,
      columns,
      createdAt: isoFromEpochMillis(item.created),
      ...(rowsUpdatedAt ? { rowsUpdatedAt } : {}),
      ...(license ? { license: clip(license, 300) } : {}),
      ...(attribution ? { attribution: clip(attribution, 200) } : {}),
      ...(category ? { category } : {}),
      ...(layerUrl && layerAnswered ? { example: arcgisQueryExample(layerUrl) } : {}),
      ...(endpointProblem ? { endpointProblem } : {}),
    };
    return details;
  },

  async suggest(portal, prefix, limit, ctx) {
    const page = await arcgisHubProvider.search(portal, prefix, { limit, offset: 0 }, ctx);
    return page.hits.map((h) => ({ id: h.id, title: h.title }));
  },
};
