import type { Portal } from '../../knowledge/index.js';
import { plainText } from '../text.js';
import type { HubItems } from './arcgisSchemas.js';
import { serviceUrl } from './hubIds.js';

// Whose item a Hub search result is: a look-alike government's (left out), another
// organisation's (shown, labelled) or the city's.

/**
 * Items a Hub surfaces that belong to a look-alike government, per the portal reference:
 * GeoHub shows LA County (`lacounty::`) items; Miami-Dade County services live under org
 * `8Pc9XBTAsYuxx9Ny` and `miamidade.gov`. They are left out of results and counted by `name`.
 */
const LOOKALIKES: Record<string, { name: string; slug?: RegExp; source?: RegExp; url?: RegExp }> = {
  'geohub.lacity.org': {
    name: 'Los Angeles County',
    slug: /^lacounty::/i,
    source: /county of los angeles|los angeles county/i,
  },
  'datahub-miamigis.opendata.arcgis.com': {
    name: 'Miami-Dade County',
    source: /miami-dade/i,
    url: /8Pc9XBTAsYuxx9Ny|miamidade\.gov/i,
  },
};

/**
 * What marks the city's own items on its Hub, per the portal reference: the City of Los Angeles's
 * org slug on GeoHub is `lahub`; the City of Miami's services live under org `CvuPhqcTQpZPT9qY`.
 * Other items are shown, labelled as another organisation's.
 */
const OWN_ITEMS: Record<string, { city: string; slugOrg?: string; serviceRoot?: RegExp }> = {
  'geohub.lacity.org': { city: 'the City of Los Angeles', slugOrg: 'lahub' },
  'datahub-miamigis.opendata.arcgis.com': {
    city: 'the City of Miami',
    serviceRoot: /^https:\/\/services1\.arcgis\.com\/CvuPhqcTQpZPT9qY\//i,
  },
};

export type HubFeature = HubItems['features'][number];

/** The look-alike government an item belongs to, if any. */
export function lookalikeOf(portal: Portal, feature: HubFeature): string | undefined {
  const rule = LOOKALIKES[portal.domain];
  if (!rule) return undefined;
  const p = feature.properties;
  const hit =
    (rule.slug && p.slug && rule.slug.test(p.slug)) ||
    (rule.source && [p.source, p.orgName].some((s) => s && rule.source!.test(s))) ||
    (rule.url && p.url && rule.url.test(p.url));
  return hit ? rule.name : undefined;
}

/** A label for an item another organisation published on the city's Hub; undefined when it is the city's or unknown. */
export function notCityOwnLabel(portal: Portal, feature: HubFeature): string | undefined {
  const own = OWN_ITEMS[portal.domain];
  if (!own) return undefined;
  const p = feature.properties;
  const slugOrg = p.slug?.includes('::') ? p.slug.split('::')[0] : undefined;
  const publisher = plainText(p.source || p.orgName) || slugOrg;
  if (own.slugOrg && slugOrg && slugOrg.toLowerCase() !== own.slugOrg) {
    return `Published by ${publisher} on ${portal.name}, not by ${own.city}.`;
  }
  const service = serviceUrl(p.url);
  if (own.serviceRoot && service && !own.serviceRoot.test(service.base)) {
    const where = new URL(service.base);
    const org = `${where.host}/${where.pathname.split('/')[1] ?? ''}`;
    return `Hosted by another ArcGIS organisation (${org}${publisher ? `, ${publisher}` : ''}), not by ${own.city}.`;
  }
  return undefined;
}
