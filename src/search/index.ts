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
