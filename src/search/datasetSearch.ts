import type { Config } from '../config.js';
import type { DatasetHit, Platform, Portal } from '../knowledge/index.js';
import type { Logger } from '../logger.js';
import { policyForPortals } from './allowedHosts.js';
import { ResultCache } from './cache.js';
import { extractDatasetId } from './datasetId.js';
import { createHttpClient, type FetchImpl } from './http/client.js';
import { createDeadline, type Deadline } from './http/deadline.js';
import type { Resolve } from './http/publicAddress.js';
import { UpstreamError } from './http/errors.js';
import { interleave } from './merge.js';
import { arcgisHubProvider } from './providers/arcgisHub.js';
import { ckanProvider } from './providers/ckan.js';
import { socrataProvider } from './providers/socrata.js';
import type { PortalProvider, ProviderContext, Suggestion } from './providers/types.js';
import { type ScannedPage, scanPages } from './scan.js';
import { rankTitle, TitleIndex } from './titleIndex.js';
import type { DatasetSearch, DetailsOutcome, SearchFailure, SearchOutcome, SkippedItems } from './types.js';

export interface DatasetSearchOptions {
  config: Config;
  logger: Logger;
  /** Replaces undici's fetch (tests, instrumentation); the keep-alive agent is then not used. */
  fetchImpl?: FetchImpl;
  perHostLimit?: number;
  maxBodyBytes?: number;
  maxAttempts?: number;
  searchTtlMs?: number;
  metadataTtlMs?: number;
  /** How long `suggest` waits for a portal before answering from memory alone. */
  suggestWaitMs?: number;
  /** How long a host that could not be reached at all is skipped (default 30 s). */
  unreachableCooldownMs?: number;
  /** Name resolution behind the public-address check (tests fake DNS answers). */
  resolve?: Resolve;
  /** Memory bound of the result cache (default 32 MB). */
  cacheMaxBytes?: number;
}

export type ClosableDatasetSearch = DatasetSearch & { close(): Promise<void> };

const PROVIDERS: Record<Platform, PortalProvider> = {
  socrata: socrataProvider,
  'arcgis-hub': arcgisHubProvider,
  ckan: ckanProvider,
};

const MAX_LIMIT = 50;
const MIN_REMOTE_PREFIX = 2;

/** Up to this depth, pages are exact: each portal is read from its start. */
const EXACT_MERGE_WINDOW = 100;

/**
 * What to ask each portal for one page. Offsets count the city's own items (look-alikes the
 * portal returns are skipped), so within the window every portal is read from 0 to offset+limit:
 * the merge interleaves the portals' ranked lists, and its first N items only come from each
 * list's first N, so that gives exactly page [offset, offset+limit), and offset + hits.length is
 * the next page. Past the window (rare in chat), portals are read at an upstream offset instead.
 */
export function pagePlan(
  portals: number,
  offset: number,
  limit: number,
): { limit: number; offset: number; skip: number } {
  if (offset + limit <= EXACT_MERGE_WINDOW) return { limit: offset + limit, offset: 0, skip: offset };
  if (portals <= 1) return { limit, offset, skip: 0 };
  return { limit: Math.ceil(limit / portals), offset: Math.floor(offset / portals), skip: 0 };
}

/** "Los Angeles County" ×3, "Miami-Dade County" ×1, in first-seen order. */
function countSkipped(names: string[]): SkippedItems[] {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts].map(([from, count]) => ({ from, count }));
}

/** Engine input may be anything numeric-ish; NaN or Infinity falls back to the default. */
const wholeOr = (n: number | undefined, fallback: number) => (Number.isFinite(n) ? Math.floor(n!) : fallback);

const portalKey = (p: Portal) => `${p.platform}|${p.domain}|${p.apiBase ?? ''}`;

type PortalResult<T> =
  | { portal: Portal; ok: true; value: T; stale: boolean }
  | { portal: Portal; ok: false; err: UpstreamError };

function asUpstream(err: unknown): UpstreamError {
  return err instanceof UpstreamError
    ? err
    : new UpstreamError('bad_response', 'The portal answer could not be used.');
}

function failureMessage(portal: Portal, err: UpstreamError): string {
  return `${portal.name} (${portal.domain}): ${err.message}`;
}

type Answered = Extract<PortalResult<ScannedPage>, { ok: true }>;
type Failed = Extract<PortalResult<ScannedPage>, { ok: false }>;

function mergePages(
  answered: Answered[],
  failed: Failed[],
  offset: number,
  limit: number,
  skip: number,
): SearchOutcome {
  const hits: DatasetHit[] = interleave(answered.map((r) => r.value.hits)).slice(skip, skip + limit);
  const total = answered.reduce((sum, r) => sum + r.value.total, 0);
  const next = offset + hits.length;
  const skipped = countSkipped(answered.flatMap((r) => r.value.skipped));
  const exact = answered.every((r) => r.value.exact);
  return {
    ok: true,
    total: Math.max(total, next),
    hits,
    stale: answered.some((r) => r.stale),
    failedPortals: failed.map((r) => r.portal.id),
    ...(exact ? {} : { exact: false }),
    ...(skipped.length > 0 ? { skipped } : {}),
    ...(hits.length > 0 && next < total ? { nextOffset: next } : {}),
  };
}

/** Live dataset search over Socrata, ArcGIS Hub and CKAN portals; never throws to the engine. */
export function createDatasetSearch(opts: DatasetSearchOptions): ClosableDatasetSearch {
  const { config, logger } = opts;
  const http = createHttpClient({
    override: config.UPSTREAM_OVERRIDE,
    logger,
    fetchImpl: opts.fetchImpl,
    perHostLimit: opts.perHostLimit,
    maxBodyBytes: opts.maxBodyBytes,
    maxAttempts: opts.maxAttempts,
    unreachableCooldownMs: opts.unreachableCooldownMs,
    resolve: opts.resolve,
  });
  const cache = new ResultCache({ maxBytes: opts.cacheMaxBytes });
  const titles = new TitleIndex();
  const searchTtl = opts.searchTtlMs ?? 5 * 60_000;
  const metadataTtl = opts.metadataTtlMs ?? 6 * 3600_000;
  const suggestWait = opts.suggestWaitMs ?? 50;

  const context = (deadline: Deadline, portals: Portal[]): ProviderContext => {
    const policy = policyForPortals(portals);
    return {
      http: { getJson: (url, schema, o) => http.getJson(url, schema, { ...o, policy }) },
      deadline,
      socrataAppToken: config.SOCRATA_APP_TOKEN,
    };
  };

  async function perPortal<T>(
    portal: Portal,
    key: string,
    ttl: number,
    deadline: Deadline,
    load: () => Promise<T>,
  ): Promise<PortalResult<T>> {
    try {
      const got = await cache.get(key, ttl, load, deadline.signal);
      return { portal, ok: true, value: got.value, stale: got.stale };
    } catch (raw) {
      const err = asUpstream(raw);
      if (!(raw instanceof UpstreamError))
        logger.error({ err: raw, portal: portal.id }, 'dataset search bug');
      else if (err.kind !== 'not_found')
        logger.warn({ portal: portal.id, kind: err.kind, reason: err.message }, 'portal call failed');
      return { portal, ok: false, err };
    }
  }

  function allFailed(results: { portal: Portal; err: UpstreamError }[]): {
    ok: false;
    error: SearchFailure;
    message: string;
  } {
    const first = results[0];
    if (!first) return { ok: false, error: 'not_found', message: 'This city has no portal to search.' };
    return {
      ok: false,
      error: first.err.kind,
      message: results.map((r) => failureMessage(r.portal, r.err)).join(' '),
    };
  }

  /** The engine's boundary: whatever goes wrong inside becomes an outcome, never a throw. */
  async function search(
    portals: Portal[],
    query: string,
    o: { limit?: number; offset?: number } = {},
  ): Promise<SearchOutcome> {
    try {
      return await searchPortals(portals, query, o);
    } catch (err) {
      logger.error({ err }, 'dataset search failed unexpectedly');
      return { ok: false, error: 'bad_response', message: 'The search could not be completed.' };
    }
  }

  async function searchPortals(
    portals: Portal[],
    query: string,
    o: { limit?: number; offset?: number },
  ): Promise<SearchOutcome> {
    if (portals.length === 0) return allFailed([]);
    const limit = Math.max(1, Math.min(MAX_LIMIT, wholeOr(o.limit, 10)));
    const offset = Math.max(0, wholeOr(o.offset, 0));
    const plan = pagePlan(portals.length, offset, limit);
    const { limit: perLimit, offset: perOffset } = plan;
    const q = query.trim().replace(/\s+/g, ' ').slice(0, 200);
    const keyOf = (portal: Portal) =>
      `search|${portalKey(portal)}|${q.toLowerCase()}|${perLimit}|${perOffset}`;
    // Fast path: every portal fresh in cache, so no budget timer, no promises per portal.
    const cached = portals.map((portal) => cache.peek<ScannedPage>(keyOf(portal)));
    if (cached.every((c) => c !== undefined)) {
      return mergePages(
        cached.map((value, i) => ({ portal: portals[i]!, ok: true as const, value: value!, stale: false })),
        [],
        offset,
        limit,
        plan.skip,
      );
    }
    const deadline = createDeadline(config.SEARCH_BUDGET_MS);
    try {
      const results = await Promise.all(
        portals.map((portal) =>
          perPortal<ScannedPage>(portal, keyOf(portal), searchTtl, deadline, () =>
            scanPages(
              (at, size) =>
                PROVIDERS[portal.platform].search(
                  portal,
                  q,
                  { limit: size, offset: at },
                  context(deadline, [portal]),
                ),
              perOffset,
              perLimit,
            ),
          ),
        ),
      );
      const answered = results.filter((r) => r.ok);
      const failed = results.filter((r) => !r.ok);
      if (answered.length === 0) return allFailed(failed);
      for (const r of answered) {
        titles.add(
          portalKey(r.portal),
          r.value.hits.map((h) => ({ id: h.id, title: h.title })),
        );
      }
      return mergePages(answered, failed, offset, limit, plan.skip);
    } catch (err) {
      logger.error({ err }, 'dataset search failed unexpectedly');
      return { ok: false, error: 'bad_response', message: 'The search could not be completed.' };
    } finally {
      deadline.dispose();
    }
  }

  async function details(portals: Portal[], rawId: string): Promise<DetailsOutcome> {
    const trimmed = String(rawId ?? '').trim();
    // A pasted URL or sentence ("https://data.lacity.org/resource/2nrs-mtv8.json") still finds its id.
    const id = /[\s/]/.test(trimmed) ? (extractDatasetId(trimmed)?.id ?? trimmed) : trimmed;
    const candidates = portals.filter((p) => PROVIDERS[p.platform].ownsId(id));
    if (candidates.length === 0) {
      return {
        ok: false,
        error: 'not_found',
        message: `"${id.slice(0, 60)}" is not a dataset id used on ${portals.map((p) => p.domain).join(' or ') || 'these portals'}.`,
      };
    }
    const normalized = id.toLowerCase();
    const deadline = createDeadline(config.SEARCH_BUDGET_MS);
    try {
      const results = await Promise.all(
        candidates.map((portal) =>
          perPortal(
            portal,
            `details|${portalKey(portal)}|${portal.platform === 'ckan' ? id : normalized}`,
            metadataTtl,
            deadline,
            () =>
              PROVIDERS[portal.platform].details(
                portal,
                portal.platform === 'ckan' ? id : normalized,
                context(deadline, [portal]),
              ),
          ),
        ),
      );
      for (const r of results) {
        if (r.ok) return { ok: true, details: r.value, stale: r.stale };
      }
      const failures = results.filter((r) => !r.ok);
      const real = failures.filter((r) => r.err.kind !== 'not_found');
      if (real.length === 0) {
        return {
          ok: false,
          error: 'not_found',
          message: `No dataset "${id.slice(0, 60)}" on ${candidates.map((p) => p.domain).join(' or ')}.`,
        };
      }
      return allFailed(real);
    } catch (err) {
      logger.error({ err }, 'dataset details failed unexpectedly');
      return { ok: false, error: 'bad_response', message: 'The dataset details could not be fetched.' };
    } finally {
      deadline.dispose();
    }
  }

  async function suggest(portals: Portal[], prefix: string, limit = 10): Promise<Suggestion[]> {
    try {
      const needle = String(prefix ?? '')
        .trim()
        .replace(/\s+/g, ' ')
        .toLowerCase()
        .slice(0, 100);
      const max = Math.max(1, Math.min(25, wholeOr(limit, 10)));
      const lists = await Promise.all(
        portals.map(async (portal) => {
          const pk = portalKey(portal);
          const local = titles.match(pk, needle, max);
          // One letter matches half a catalog: answer it from memory only.
          if (needle.length < MIN_REMOTE_PREFIX) return local;
          const key = `suggest|${pk}|${needle}|${max}`;
          let remote = cache.peek<Suggestion[]>(key);
          if (!remote) remote = await fetchSuggestions(portal, key, needle, max);
          return [...(remote ?? []), ...local];
        }),
      );
      const seen = new Set<string>();
      return interleave(lists)
        .filter((s) => {
          if (seen.has(s.id)) return false;
          seen.add(s.id);
          return true;
        })
        .sort((a, b) => rankTitle(a.title.toLowerCase(), needle) - rankTitle(b.title.toLowerCase(), needle))
        .slice(0, max);
    } catch (err) {
      logger.error({ err }, 'suggest failed unexpectedly');
      return [];
    }
  }

  /** Starts (or joins) an upstream autocomplete but waits only briefly; a late answer fills the cache for the next keystroke. */
  async function fetchSuggestions(
    portal: Portal,
    key: string,
    needle: string,
    max: number,
  ): Promise<Suggestion[] | undefined> {
    const deadline = createDeadline(config.SEARCH_BUDGET_MS);
    const pending = cache
      .get(
        key,
        searchTtl,
        () => PROVIDERS[portal.platform].suggest(portal, needle, max, context(deadline, [portal])),
        deadline.signal,
      )
      .then((got) => {
        titles.add(portalKey(portal), got.value);
        return got.value;
      })
      .catch(() => undefined)
      .finally(() => deadline.dispose());
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<undefined>((resolve) => {
      timer = setTimeout(resolve, suggestWait, undefined);
    });
    try {
      return await Promise.race([pending, late]);
    } finally {
      clearTimeout(timer);
    }
  }

  return { search, details, suggest, close: () => http.close() };
}
