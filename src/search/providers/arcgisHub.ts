import type { DatasetColumn, DatasetDetails, DatasetHit, Portal } from '../../knowledge/index.js';
import { classifyDatasetId } from '../datasetId.js';
import { isPortalService } from '../portalServices.js';
import { UpstreamError } from '../http/errors.js';
import { clip, isoFromEpochMillis, plainText } from '../text.js';
import { ArcgisItemSchema, ArcgisLayerSchema, type HubItems, HubItemsSchema } from './arcgisSchemas.js';
import { arcgisError } from './platformErrors.js';
import type { PortalProvider } from './types.js';

export const ARCGIS_ITEMS = 'https://www.arcgis.com/sharing/rest/content/items';
/** Per Esri's own Hub OGC client (koop-provider-hub-search-ogc): `limit` ≤ 100, `startindex` 1-based. */
const HUB_MAX_LIMIT = 100;

/**
 * Items a Hub surfaces that belong to a look-alike government, per the portal reference:
 * GeoHub shows LA County (`lacounty::`) items; Miami-Dade County services live under org
 * `8Pc9XBTAsYuxx9Ny` and `miamidade.gov`.
 */
const LOOKALIKES: Record<string, { slug?: RegExp; source?: RegExp; url?: RegExp }> = {
  'geohub.lacity.org': { slug: /^lacounty::/i, source: /county of los angeles|los angeles county/i },
  'datahub-miamigis.opendata.arcgis.com': {
    source: /miami-dade/i,
    url: /8Pc9XBTAsYuxx9Ny|miamidade\.gov/i,
  },
};

type HubFeature = HubItems['features'][number];

export function isLookalike(portal: Portal, feature: HubFeature): boolean {
  const rule = LOOKALIKES[portal.domain];
  if (!rule) return false;
  const p = feature.properties;
  return Boolean(
    (rule.slug && p.slug && rule.slug.test(p.slug)) ||
      (rule.source && [p.source, p.orgName].some((s) => s && rule.source!.test(s))) ||
      (rule.url && p.url && rule.url.test(p.url)),
  );
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

function hubId(feature: HubFeature): string {
  const id = (feature.properties.id ?? feature.id).toLowerCase();
  if (/_\d+$/.test(feature.id)) return feature.id.toLowerCase();
  const layer = serviceUrl(feature.properties.url)?.layer;
  return layer === undefined ? id : `${id}_${layer}`;
}

function layerUrlOf(raw: string | null | undefined, layer?: number): string | undefined {
  const svc = serviceUrl(raw);
  if (!svc) return undefined;
  return `${svc.base}/${layer ?? svc.layer ?? 0}`;
}

function foreignServiceNotice(portal: Portal, serviceUrl: string): string {
  return `This item's service (${new URL(serviceUrl).hostname}) is not the city's own / not on an allowed host for ${portal.name}, so the bot did not fetch it. Treat this item with care.`;
}

export const arcgisQueryExample = (layerUrl: string) =>
  `${layerUrl}/query?where=1%3D1&outFields=*&resultRecordCount=5&f=json`;

function fieldType(type: string): string {
  return type.replace(/^esriFieldType/, '').toLowerCase() || 'string';
}

function toHit(portal: Portal, f: HubFeature): DatasetHit {
  const p = f.properties;
  const id = hubId(f);
  const svc = serviceUrl(p.url);
  const layer = id.includes('_') ? Number(id.split('_')[1]) : svc?.layer;
  const layerUrl = svc && (layer === undefined ? svc.base : `${svc.base}/${layer}`);
  return {
    id,
    title: p.title,
    description: clip(plainText(p.snippet || p.description), 240),
    type: p.type ?? 'dataset',
    updatedAt: isoFromEpochMillis(p.modified),
    pageUrl: `https://${portal.domain}/datasets/${encodeURIComponent(id)}`,
    ...(layerUrl ? { apiUrl: layerUrl } : {}),
    platform: 'arcgis-hub',
    portalId: portal.id,
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
    const kept = body.features.filter((f) => !isLookalike(portal, f));
    // When this page holds every match the total is exact; otherwise look-alikes on other pages
    // cannot be seen from here and the total is an upper bound.
    const seenAll = page.offset === 0 && body.features.length >= body.numberMatched;
    return {
      total: seenAll ? kept.length : Math.max(0, body.numberMatched - (body.features.length - kept.length)),
      hits: kept.map((f) => toHit(portal, f)),
    };
  },

  async details(portal, rawId, ctx) {
    const [itemId = '', layerPart] = rawId.toLowerCase().split('_');
    const item = await ctx.http.getJson(`${ARCGIS_ITEMS}/${itemId}?f=json`, ArcgisItemSchema, {
      deadline: ctx.deadline,
      detectError: arcgisError,
    });
    const named = layerUrlOf(item.url, layerPart === undefined ? undefined : Number(layerPart));
    // Anyone can create an item naming any url: only the city's own services are fetched.
    const foreign = named !== undefined && !isPortalService(portal, named);
    const layerUrl = foreign ? undefined : named;
    let columns: DatasetColumn[] = [];
    let rowsUpdatedAt: string | undefined;
    let copyright: string | undefined;
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
      } catch (err) {
        // A secured, vanished or redirected-away layer still leaves a useful item description;
        // outages propagate.
        if (!(err instanceof UpstreamError && (err.kind === 'not_found' || err.kind === 'blocked')))
          throw err;
      }
    }
    const id = layerUrl ? `${item.id.toLowerCase()}_${layerUrl.split('/').pop()}` : item.id.toLowerCase();
    const license = plainText(item.licenseInfo);
    const attribution = plainText(item.accessInformation) || copyright;
    const category = item.categories?.[0]?.split('/').filter(Boolean).pop();
    const details: DatasetDetails = {
      id,
      title: item.title,
      description: clip(plainText(item.description || item.snippet), 600),
      type: item.type ?? 'dataset',
      updatedAt: isoFromEpochMillis(item.modified),
      pageUrl: `https://${portal.domain}/datasets/${encodeURIComponent(id)}`,
      apiUrl: layerUrl ?? `${ARCGIS_ITEMS}/${item.id}?f=json`,
      platform: 'arcgis-hub',
      portalId: portal.id,
      columns,
      createdAt: isoFromEpochMillis(item.created),
      ...(rowsUpdatedAt ? { rowsUpdatedAt } : {}),
      ...(license ? { license: clip(license, 300) } : {}),
      ...(attribution ? { attribution: clip(attribution, 200) } : {}),
      ...(category ? { category } : {}),
      ...(layerUrl ? { example: arcgisQueryExample(layerUrl) } : {}),
      ...(foreign ? { notices: [foreignServiceNotice(portal, named)] } : {}),
    };
    return details;
  },

  async suggest(portal, prefix, limit, ctx) {
    const page = await arcgisHubProvider.search(portal, prefix, { limit, offset: 0 }, ctx);
    return page.hits.map((h) => ({ id: h.id, title: h.title }));
  },
};
