// Hub dataset ids and the service URLs items carry: the one place search and details read them,
// so a dataset keeps one id and one endpoint between the two.

const LAYER_URL = /^(.*\/(?:FeatureServer|MapServer))(?:\/(\d+))?\/?$/i;

/**
 * Item `url`s come from upstream data, so only public https ArcGIS service URLs are followed:
 * no IP literals, no localhost, http upgraded to https.
 */
export function serviceUrl(raw: string | null | undefined): { base: string; layer?: number } | undefined {
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const host = url.hostname;
  if (!host.includes('.') || /^[\d.]+$/.test(host) || host.includes(':') || /localhost$/i.test(host))
    return undefined;
  const m = LAYER_URL.exec(`https://${url.host}${url.pathname}`);
  if (!m) return undefined;
  return m[2] === undefined ? { base: m[1]! } : { base: m[1]!, layer: Number(m[2]) };
}

/**
 * One dataset, one id, in search and details alike: `{itemId}_{layer}` for a layer of a Feature or
 * Map service (layer from the id when it has one, else from the item URL, else 0: a service root
 * such as `…/FeatureServer` is described by its first layer), the bare item id for anything else.
 */
export function hubDatasetId(
  itemId: string,
  itemUrl: string | null | undefined,
  layer?: number,
): { id: string; layerUrl?: string } {
  const svc = serviceUrl(itemUrl);
  const item = itemId.toLowerCase();
  if (!svc) return { id: item };
  const n = layer ?? svc.layer ?? 0;
  return { id: `${item}_${n}`, layerUrl: `${svc.base}/${n}` };
}

export function layerFromId(id: string): number | undefined {
  const m = /_(\d+)$/.exec(id);
  return m ? Number(m[1]) : undefined;
}
