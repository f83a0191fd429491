/**
 * Live dataset search over a city's portals (Socrata, ArcGIS Hub, CKAN).
 *
 *   const datasets = createDatasetSearch({ config, logger });
 *   await datasets.search(city.portals, 'parking citations', { limit: 10, offset: 0 });
 *   await datasets.details(city.portals, extractDatasetId(text)?.id ?? '');
 *   await datasets.suggest(city.portals, 'cri', 10);
 *   await datasets.close(); // on shutdown
 *
 * Nothing here throws to the caller: failures come back as `{ ok: false, error, message }`.
 */
export { classifyDatasetId, type DatasetIdKind, extractDatasetId } from './datasetId.js';
export {
  type ClosableDatasetSearch,
  createDatasetSearch,
  type DatasetSearchOptions,
} from './datasetSearch.js';
export type { FetchImpl, FetchInit, FetchResponse } from './http/client.js';
export { portalApiBase, portalSearchPageUrl } from './portalLinks.js';
export type * from './types.js';
export { upstreamUrl } from './upstreamUrl.js';
export { USER_AGENT } from './userAgent.js';
export { type EndpointsFromId, endpointsFromId } from './endpointsFromId.js';
