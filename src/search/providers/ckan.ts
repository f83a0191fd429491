import type { DatasetColumn, DatasetDetails, Portal } from '../../knowledge/index.js';
import { UpstreamError } from '../http/errors.js';
import { portalApiBase } from '../portalLinks.js';
import { clip, isoFromString, optionalText, plainText } from '../text.js';
import {
  CkanAutocompleteSchema,
  CkanDatastoreFieldsSchema,
  type CkanPackage,
  CkanPackageSearchSchema,
  CkanPackageShowSchema,
} from './ckanSchemas.js';
import { ckanError } from './platformErrors.js';
import type { PortalProvider } from './types.js';

/** Stock CKAN caps `rows` at 1000 (`ckan.search.rows_max`). */
const CKAN_MAX_ROWS = 1000;

const action = (portal: Portal, name: string, params: Record<string, string>) =>
  `${portalApiBase(portal)}/api/3/action/${name}?${new URLSearchParams(params)}`;

export const datastoreSearchUrl = (portal: Portal, resourceId: string, limit?: number) =>
  action(
    portal,
    'datastore_search',
    limit === undefined ? { resource_id: resourceId } : { resource_id: resourceId, limit: String(limit) },
  );

function pageUrl(portal: Portal, name: string): string {
  return `${portalApiBase(portal)}/dataset/${encodeURIComponent(name)}`;
}

function packageBasics(portal: Portal, pkg: CkanPackage) {
  return {
    id: pkg.name,
    title: pkg.title || pkg.name,
    type: pkg.type ?? 'dataset',
    updatedAt: isoFromString(pkg.metadata_modified),
    pageUrl: pageUrl(portal, pkg.name),
    platform: 'ckan' as const,
    portalId: portal.id,
  };
}

export const ckanProvider: PortalProvider = {
  // CKAN ids are free-form names or UUIDs, so any id may be one.
  ownsId: (id) => id.trim().length > 0,

  async search(portal, query, page, ctx) {
    const params: Record<string, string> = {
      rows: String(Math.max(1, Math.min(page.limit, CKAN_MAX_ROWS))),
      start: String(page.offset),
    };
    if (query.trim()) params.q = query.trim();
    const body = await ctx.http.getJson(action(portal, 'package_search', params), CkanPackageSearchSchema, {
      deadline: ctx.deadline,
      detectError: ckanError,
    });
    return {
      total: body.result.count,
      hits: body.result.results.map((pkg) => ({
        ...packageBasics(portal, pkg),
        description: clip(plainText(pkg.notes), 240),
        apiUrl: action(portal, 'package_show', { id: pkg.name }),
        ...optionalText({
          license: pkg.license_title || pkg.license_id,
          category: pkg.groups?.[0]?.display_name || pkg.groups?.[0]?.title,
          publisher: pkg.organization?.title || pkg.organization?.name,
        }),
      })),
      returned: body.result.results.length,
      skipped: [],
    };
  },

  async details(portal, id, ctx) {
    const { result: pkg } = await ctx.http.getJson(
      action(portal, 'package_show', { id }),
      CkanPackageShowSchema,
      {
        deadline: ctx.deadline,
        detectError: ckanError,
      },
    );
    const resource = pkg.resources?.find((r) => r.datastore_active);
    let columns: DatasetColumn[] = [];
    let rowCount: number | undefined;
    let datastoreAnswered = false;
    if (resource) {
      try {
        const { result } = await ctx.http.getJson(
          datastoreSearchUrl(portal, resource.id, 0),
          CkanDatastoreFieldsSchema,
          { deadline: ctx.deadline, detectError: ckanError },
        );
        columns = result.fields
          .filter((f) => f.id !== '_id')
          .map((f) => ({
            name: f.info?.label || f.id,
            fieldName: f.id,
            type: f.info?.type_override || f.type,
          }));
        rowCount = result.total ?? undefined;
        datastoreAnswered = true;
      } catch (err) {
        if (!(err instanceof UpstreamError && err.kind === 'not_found')) throw err;
      }
    }
    // Only an endpoint that answered: the DataStore resource, else the package itself.
    const datastore = resource && datastoreAnswered ? resource : undefined;
    const license = pkg.license_title || pkg.license_id || undefined;
    const attribution = pkg.organization?.title || pkg.organization?.name || undefined;
    const category = pkg.groups?.[0]?.display_name || pkg.groups?.[0]?.title || undefined;
    const details: DatasetDetails = {
      ...packageBasics(portal, pkg),
      description: clip(plainText(pkg.notes), 600),
      apiUrl: datastore
        ? datastoreSearchUrl(portal, datastore.id)
        : action(portal, 'package_show', { id: pkg.name }),
      columns,
      createdAt: isoFromString(pkg.metadata_created),
      ...(resource?.last_modified ? { rowsUpdatedAt: isoFromString(resource.last_modified) } : {}),
      ...(rowCount !== undefined ? { rowCount } : {}),
      ...(license ? { license } : {}),
      ...(attribution ? { attribution } : {}),
      ...(category ? { category } : {}),
      ...(datastore ? { example: datastoreSearchUrl(portal, datastore.id, 5) } : {}),
      ...(resource && !datastore
        ? {
            endpointProblem: `The DataStore resource this package lists (${resource.id}) did not answer, so the package metadata is shown as the endpoint instead.`,
          }
        : {}),
    };
    return details;
  },

  async suggest(portal, prefix, limit, ctx) {
    const body = await ctx.http.getJson(
      action(portal, 'package_autocomplete', { q: prefix, limit: String(limit) }),
      CkanAutocompleteSchema,
      { deadline: ctx.deadline, detectError: ckanError },
    );
    return body.result.map((r) => ({ id: r.name, title: r.title || r.name }));
  },
};
