import type { DatasetDetails, DatasetHit, Portal } from '../../knowledge/index.js';
import type { Deadline } from '../http/deadline.js';
import type { GetJsonOptions } from '../http/client.js';
import type { z } from 'zod';

/** The HTTP client as a provider sees it: the outbound policy for its city is already applied. */
export interface PortalHttp {
  getJson<T>(url: string, schema: z.ZodType<T>, opts: Omit<GetJsonOptions, 'policy'>): Promise<T>;
}

export interface ProviderContext {
  http: PortalHttp;
  deadline: Deadline;
  socrataAppToken?: string;
}

/** One upstream page, as the portal gave it, minus the items that are not this city's. */
export interface SearchPage {
  /** The portal's own count of matches (it includes the items left out). */
  total: number;
  hits: DatasetHit[];
  /** How many items the portal returned on this page, kept or not. */
  returned: number;
  /** Whose items were left out, one entry per item ("Los Angeles County", "data.cityofnewyork.us"). */
  skipped: string[];
}

export interface Suggestion {
  id: string;
  title: string;
}

/** One platform's calls; throws UpstreamError, the search layer turns that into outcomes. */
export interface PortalProvider {
  search(
    portal: Portal,
    query: string,
    page: { limit: number; offset: number },
    ctx: ProviderContext,
  ): Promise<SearchPage>;
  /** Throws UpstreamError('not_found') when the portal has no such dataset. */
  details(portal: Portal, id: string, ctx: ProviderContext): Promise<DatasetDetails>;
  suggest(portal: Portal, prefix: string, limit: number, ctx: ProviderContext): Promise<Suggestion[]>;
  /** Whether an id of this shape can live on this platform. */
  ownsId(id: string): boolean;
}
