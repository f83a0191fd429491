import type { Platform, Portal } from '../knowledge/index.js';
import { classifyDatasetId, extractDatasetId } from './datasetId.js';
import { portalApiBase } from './portalLinks.js';
import { ARCGIS_ITEMS } from './providers/arcgisHub.js';
import { socrataCurlExample, sodaEndpoint } from './providers/socrata.js';

/** What an id alone tells about a dataset, with no call to the portal. */
export interface EndpointsFromId {
  id: string;
  platform: Platform;
  portalId: string;
  portalName: string;
  pageUrl: string;
  /** The data endpoint, when the id alone gives it (Socrata's SODA resource). */
  apiUrl?: string;
  /** Where the portal describes the dataset (columns, dates, license) once it answers again. */
  metadataUrl: string;
  example?: string;
}

const about = (portal: Portal, id: string) => ({
  id,
  platform: portal.platform,
  portalId: portal.id,
  portalName: portal.name,
});

function fromSocrata(portal: Portal, id: string): EndpointsFromId {
  return {
    ...about(portal, id),
    pageUrl: `https://${portal.domain}/d/${id}`,
    apiUrl: sodaEndpoint(portal.domain, id),
    metadataUrl: `https://${portal.domain}/api/views/${id}.json`,
    example: socrataCurlExample(portal.domain, id, []),
  };
}

/** A Hub id names an item and a layer, but the layer's service URL is only in the item. */
function fromHub(portal: Portal, id: string): EndpointsFromId {
  const itemId = id.split('_')[0]!;
  return {
    ...about(portal, id),
    pageUrl: `https://${portal.domain}/datasets/${id}`,
    metadataUrl: `${ARCGIS_ITEMS}/${itemId}?f=json`,
  };
}

function fromCkan(portal: Portal, id: string): EndpointsFromId {
  const base = portalApiBase(portal);
  return {
    ...about(portal, id),
    pageUrl: `${base}/dataset/${encodeURIComponent(id)}`,
    // The data lives in a resource whose id only package_show gives, so no data endpoint here.
    metadataUrl: `${base}/api/3/action/package_show?${new URLSearchParams({ id })}`,
  };
}

/**
 * The endpoint, metadata address and example request that follow from a dataset id alone, on the
 * first of the city's portals whose platform uses ids of that shape. Used when the portal cannot be
 * reached: the developer still gets the request to run once it is back.
 */
export function endpointsFromId(portals: Portal[], rawId: string): EndpointsFromId | undefined {
  const trimmed = rawId.trim();
  // A pasted address ("https://data.lacity.org/resource/2nrs-mtv8.json") still gives its id.
  const id = (/[\s/]/.test(trimmed) ? (extractDatasetId(trimmed)?.id ?? trimmed) : trimmed).toLowerCase();
  const kind = classifyDatasetId(id);
  if (kind === 'socrata') {
    const portal = portals.find((p) => p.platform === 'socrata');
    return portal && fromSocrata(portal, id);
  }
  if (kind === 'arcgis-hub' || kind === 'arcgis-item') {
    const portal = portals.find((p) => p.platform === 'arcgis-hub');
    return portal && fromHub(portal, id);
  }
  const portal = portals.find((p) => p.platform === 'ckan');
  return portal && trimmed && !/[\s/]/.test(trimmed) ? fromCkan(portal, trimmed) : undefined;
}
