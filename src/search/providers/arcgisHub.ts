import type { DatasetColumn, DatasetDetails, DatasetHit, Portal } from '../../knowledge/index.js';
import { classifyDatasetId } from '../datasetId.js';
import { isPortalService } from '../portalServices.js';
import { UpstreamError } from '../http/errors.js';
import { clip, isoFromEpochMillis, optionalText, plainText } from '../text.js';
import { ArcgisItemSchema, ArcgisLayerSchema, HubItemsSchema } from './arcgisSchemas.js';
import { hubDatasetId, layerFromId } from './hubIds.js';
import { type HubFeature, lookalikeOf, notCityOwnLabel } from './hubOwnership.js';
import { arcgisError } from './platformErrors.js';
import type { PortalProvider } from './types.js';

export const ARCGIS_ITEMS = 'https://www.arcgis.com/sharing/rest/content/items';
/** Per Esri's own Hub OGC client (koop-provider-hub-search-ogc): `limit` ≤ 100, `startindex` 1-based. */
const HUB_MAX_LIMIT = 100;

function foreignServiceNotice(portal: Portal, serviceUrl: string): string {
  return `This item's service (${new URL(serviceUrl).hostname}) is not the city's own / not on an allowed host for ${portal.name}, so the bot did not fetch it. Treat this item with care.`;
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
    const { id, layerUrl: named } = hubDatasetId(item.id, item.url, layerFromId(rawId));
    // Anyone can create an item naming any url: only the city's own services are fetched.
    const foreign = named !== undefined && !isPortalService(portal, named);
    const layerUrl = foreign ? undefined : named;
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
        // A secured, vanished or redirected-away layer still leaves a useful item description;
        // outages propagate.
        if (!(err instanceof UpstreamError && (err.kind === 'not_found' || err.kind === 'blocked')))
          throw err;
        const why =
          err.kind === 'blocked'
            ? 'it redirected away from the allowed hosts'
            : /not public/i.test(err.message)
              ? 'it is not public'
              : 'not found';
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
      ...(foreign && named ? { notices: [foreignServiceNotice(portal, named)] } : {}),
    };
    return details;
  },

  async suggest(portal, prefix, limit, ctx) {
    const page = await arcgisHubProvider.search(portal, prefix, { limit, offset: 0 }, ctx);
    return page.hits.map((h) => ({ id: h.id, title: h.title }));
  },
};
