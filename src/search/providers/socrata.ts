import type { DatasetColumn, DatasetDetails, DatasetHit, Portal } from '../../knowledge/index.js';
import { classifyDatasetId } from '../datasetId.js';
import { clip, isoFromEpochSeconds, isoFromString, optionalText, plainText } from '../text.js';
import { socrataError } from './platformErrors.js';
import type { PortalProvider, ProviderContext } from './types.js';
import {
  SocrataAutocompleteSchema,
  SocrataCatalogSchema,
  type SocrataView,
  SocrataViewSchema,
} from './socrataSchemas.js';

/** North-American Socrata domains are catalogued here (Discovery API). */
export const SOCRATA_CATALOG = 'https://api.us.socrata.com/api/catalog/v1';
/** Discovery refuses offset + limit past this. */
const CATALOG_WINDOW = 10_000;

function tokenHeaders(ctx: ProviderContext): Record<string, string> {
  return ctx.socrataAppToken ? { 'x-app-token': ctx.socrataAppToken } : {};
}

function catalogParams(portal: Portal, extra: Record<string, string>): URLSearchParams {
  return new URLSearchParams({
    domains: portal.domain,
    search_context: portal.domain,
    only: 'dataset',
    ...extra,
  });
}

/** Links from upstream data are shown only when they are https on the portal's own host. */
function sameSiteLink(link: string | null | undefined, domain: string): string | undefined {
  if (!link) return undefined;
  try {
    const url = new URL(link);
    return url.protocol === 'https:' && url.hostname === domain ? url.href : undefined;
  } catch {
    return undefined;
  }
}

export const sodaEndpoint = (domain: string, id: string) => `https://${domain}/resource/${id}.json`;

const SIMPLE_FIELD = /^[a-z_][a-z0-9_]*$/;
const DATE_TYPES = new Set(['calendar_date', 'floating_timestamp', 'fixed_timestamp', 'date']);

/** A `$where` that is valid for this dataset's own columns, so the example runs as pasted. */
export function soqlWhereExample(columns: DatasetColumn[]): string | undefined {
  const usable = columns.filter((c) => SIMPLE_FIELD.test(c.fieldName));
  const date = usable.find((c) => DATE_TYPES.has(c.type));
  if (date) return `${date.fieldName} >= '2024-01-01T00:00:00'`;
  const num = usable.find((c) => c.type === 'number');
  if (num) return `${num.fieldName} > 0`;
  const first = usable[0];
  return first ? `${first.fieldName} IS NOT NULL` : undefined;
}

export function socrataCurlExample(domain: string, id: string, columns: DatasetColumn[]): string {
  const where = soqlWhereExample(columns);
  const lines = [`curl -G '${sodaEndpoint(domain, id)}'`, `  -H 'X-App-Token: YOUR_APP_TOKEN'`];
  if (where) lines.push(`  --data-urlencode "\\$where=${where}"`);
  lines.push(`  --data-urlencode '$limit=5'`);
  return lines.join(' \\\n');
}

function viewToDetails(portal: Portal, view: SocrataView): DatasetDetails {
  const columns: DatasetColumn[] = (view.columns ?? [])
    .filter((c) => !c.fieldName.startsWith(':') && !c.flags?.includes('hidden'))
    .map((c) => ({
      name: c.name,
      fieldName: c.fieldName,
      type: c.dataTypeName ?? 'text',
      ...(c.description ? { description: clip(plainText(c.description), 200) } : {}),
    }));
  const rowsUpdatedAt = isoFromEpochSeconds(view.rowsUpdatedAt);
  const license = view.license?.name ?? view.licenseId ?? undefined;
  return {
    id: view.id,
    title: view.name,
    description: clip(plainText(view.description), 600),
    type: view.assetType ?? (view.viewType === 'tabular' ? 'dataset' : (view.displayType ?? 'dataset')),
    updatedAt: rowsUpdatedAt ?? isoFromEpochSeconds(view.viewLastModified),
    pageUrl: `https://${portal.domain}/d/${view.id}`,
    apiUrl: sodaEndpoint(portal.domain, view.id),
    platform: 'socrata',
    portalId: portal.id,
    columns,
    createdAt: isoFromEpochSeconds(view.createdAt),
    rowsUpdatedAt,
    ...(license ? { license } : {}),
    ...(view.attribution ? { attribution: view.attribution } : {}),
    ...(view.category ? { category: view.category } : {}),
    example: socrataCurlExample(portal.domain, view.id, columns),
  };
}

export const socrataProvider: PortalProvider = {
  ownsId: (id) => classifyDatasetId(id) === 'socrata',

  async search(portal, query, page, ctx) {
    const offset = Math.min(page.offset, CATALOG_WINDOW - 1);
    const limit = Math.max(1, Math.min(page.limit, CATALOG_WINDOW - offset));
    const params = catalogParams(portal, { limit: String(limit), offset: String(offset) });
    if (query.trim()) params.set('q', query.trim());
    const body = await ctx.http.getJson(`${SOCRATA_CATALOG}?${params}`, SocrataCatalogSchema, {
      deadline: ctx.deadline,
      headers: tokenHeaders(ctx),
      detectError: socrataError,
    });
    // Federated results from other domains are not this city's data: left out, and counted as such.
    const foreign = (r: (typeof body.results)[number]) =>
      Boolean(r.metadata?.domain && r.metadata.domain !== portal.domain);
    const hits: DatasetHit[] = body.results
      .filter((r) => !foreign(r))
      .map((r) => ({
        id: r.resource.id,
        title: r.resource.name,
        description: clip(plainText(r.resource.description), 240),
        type: r.resource.type ?? 'dataset',
        updatedAt: isoFromString(r.resource.data_updated_at ?? r.resource.updatedAt),
        pageUrl: sameSiteLink(r.permalink, portal.domain) ?? `https://${portal.domain}/d/${r.resource.id}`,
        apiUrl: sodaEndpoint(portal.domain, r.resource.id),
        platform: 'socrata' as const,
        portalId: portal.id,
        ...optionalText({
          license: r.metadata?.license,
          category: r.classification?.domain_category,
          publisher: r.resource.attribution,
        }),
      }));
    return {
      total: body.resultSetSize,
      hits,
      returned: body.results.length,
      skipped: body.results.filter(foreign).map((r) => `another portal (${r.metadata?.domain})`),
    };
  },

  async details(portal, id, ctx) {
    const view = await ctx.http.getJson(
      `https://${portal.domain}/api/views/${encodeURIComponent(id)}.json`,
      SocrataViewSchema,
      { deadline: ctx.deadline, headers: tokenHeaders(ctx), detectError: socrataError },
    );
    return viewToDetails(portal, view);
  },

  async suggest(portal, prefix, limit, ctx) {
    const params = catalogParams(portal, { q: prefix, limit: String(limit), deduplicate: 'false' });
    const body = await ctx.http.getJson(
      `${SOCRATA_CATALOG}/autocomplete?${params}`,
      SocrataAutocompleteSchema,
      {
        deadline: ctx.deadline,
        headers: tokenHeaders(ctx),
        detectError: socrataError,
      },
    );
    return body.results.flatMap((r) => (r.id ? [{ id: r.id, title: plainText(r.title) }] : []));
  },
};
