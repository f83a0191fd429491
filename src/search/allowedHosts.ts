import type { Portal } from '../knowledge/index.js';
import { createOutboundPolicy, type OutboundPolicy } from './http/outboundPolicy.js';
import { portalApiBase } from './portalLinks.js';
import { ARCGIS_ITEMS } from './providers/arcgisHub.js';
import { SOCRATA_CATALOG } from './providers/socrata.js';

const hostOf = (url: string) => new URL(url).hostname;

/** The platforms' own API hosts, shared by every city on that platform. */
const PLATFORM_HOSTS = [hostOf(SOCRATA_CATALOG), hostOf(ARCGIS_ITEMS)];
/** The Discovery API expects the app token like the portals do (reference/socrata.md, [DISCO]). */
const SOCRATA_PLATFORM_HOSTS = [hostOf(SOCRATA_CATALOG)];

/**
 * The outbound policy for requests made on behalf of these portals: their own hosts, the service
 * hosts their city file declares, and the platforms' API hosts. The app token goes only to Socrata.
 */
export function policyForPortals(portals: Portal[]): OutboundPolicy {
  const hosts = new Set(PLATFORM_HOSTS);
  const credentialHosts = new Set(SOCRATA_PLATFORM_HOSTS);
  for (const portal of portals) {
    hosts.add(portal.domain);
    hosts.add(hostOf(portalApiBase(portal)));
    for (const service of portal.serviceHosts ?? []) hosts.add(service.host);
    if (portal.platform === 'socrata') credentialHosts.add(portal.domain);
  }
  return createOutboundPolicy({ hosts, credentialHosts });
}
