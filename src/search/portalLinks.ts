import type { Portal } from '../knowledge/index.js';

/** The portal's own search page for a query: where the engine sends people when live search fails. */
export function portalSearchPageUrl(portal: Portal, query: string): string {
  return portal.searchUrl.replaceAll('{q}', encodeURIComponent(query.trim()));
}

/** Where a portal's API lives: `apiBase` for CKAN sites under a path, else `https://{domain}`. */
export function portalApiBase(portal: Portal): string {
  return (portal.apiBase ?? `https://${portal.domain}`).replace(/\/+$/, '');
}
