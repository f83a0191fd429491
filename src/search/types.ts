import type { DatasetDetails, DatasetHit, Portal } from '../knowledge/index.js';

/**
 * `unavailable`: no connection or a dropped one; `portal_error`: the portal answered with HTTP 5xx;
 * `blocked`: the portal's answer pointed somewhere the outbound policy does not allow.
 */
export type SearchFailure =
  | 'unavailable'
  | 'portal_error'
  | 'timeout'
  | 'rate_limited'
  | 'bad_response'
  | 'not_found'
  | 'blocked';

/** Items left out of a search because another organisation or portal published them. */
export interface SkippedItems {
  from: string;
  count: number;
}

export interface SearchOk {
  ok: true;
  /**
   * Results the user can page through (items left out are not counted). Exact when every match
   * was seen; otherwise an upper bound: look-alikes on pages not yet read cannot be subtracted.
   */
  total: number;
  /** False when `total` is an upper bound (see above). Absent means exact. */
  exact?: boolean;
  /** Items left out of the pages read, by publisher. */
  skipped?: SkippedItems[];
  hits: DatasetHit[];
  /** Served from cache after the upstream failed. */
  stale: boolean;
  /** Portals that failed while others answered (results are partial). */
  failedPortals: string[];
  /** Offset of the next page when there is more: `offset + hits.length`. */
  nextOffset?: number;
}
export interface SearchError {
  ok: false;
  error: SearchFailure;
  message: string;
}
export type SearchOutcome = SearchOk | SearchError;

export type DetailsOutcome =
  | { ok: true; details: DatasetDetails; stale: boolean }
  | { ok: false; error: SearchFailure; message: string };

/** Live dataset search over a city's portals (all of them, merged). */
export interface DatasetSearch {
  search(
    portals: Portal[],
    query: string,
    opts?: { limit?: number; offset?: number },
  ): Promise<SearchOutcome>;
  details(portals: Portal[], id: string): Promise<DetailsOutcome>;
  /** Titles for autocomplete from cache; refreshes in the background, never waits long on upstream. */
  suggest(portals: Portal[], prefix: string, limit?: number): Promise<{ id: string; title: string }[]>;
}
