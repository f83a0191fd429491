import type { DatasetHit } from '../knowledge/index.js';
import type { SearchPage } from './providers/types.js';

/** Pages read past the first when items were left out: enough to skip a page of look-alikes. */
const MAX_EXTRA_PAGES = 3;

/** One portal's answer for a page once look-alikes are skipped. */
export interface ScannedPage {
  /** Matches the user can page through: exact when `exact`, else an upper bound. */
  total: number;
  exact: boolean;
  hits: DatasetHit[];
  skipped: string[];
}

/**
 * Reads upstream pages from `offset` until `limit` of the city's own items are in hand, the portal
 * runs out, or a few extra pages were read ("fetch on"): a page made only of look-alikes does not
 * end the search. The total counts only the city's items when the scan started at 0 and saw every
 * match; otherwise the items left out so far are subtracted from the portal's count (an upper
 * bound while anything was left out).
 */
export async function scanPages(
  fetchPage: (offset: number, limit: number) => Promise<SearchPage>,
  offset: number,
  limit: number,
): Promise<ScannedPage> {
  const hits: DatasetHit[] = [];
  const skipped: string[] = [];
  let at = offset;
  let upstreamTotal = 0;
  for (let read = 0; read <= MAX_EXTRA_PAGES; read++) {
    const page = await fetchPage(at, limit);
    upstreamTotal = page.total;
    hits.push(...page.hits);
    skipped.push(...page.skipped);
    at += page.returned;
    if (page.returned === 0 || at >= upstreamTotal || hits.length >= limit || skipped.length === 0) break;
  }
  const seenAll = offset === 0 && at >= upstreamTotal;
  if (seenAll) return { total: hits.length, exact: true, hits: hits.slice(0, limit), skipped };
  return {
    total: Math.max(offset + hits.length, upstreamTotal - skipped.length),
    // With nothing left out so far, the portal's own count is the best there is.
    exact: skipped.length === 0,
    hits: hits.slice(0, limit),
    skipped,
  };
}
