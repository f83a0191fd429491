/**
 * The single upstream-override seam: `https://HOST/PATH?QUERY` becomes `${override}/HOST/PATH?QUERY`.
 * Nothing else in the bot redirects portal traffic, so tests point every platform at one loopback fake.
 */
export function upstreamUrl(httpsUrl: string, override?: string): string {
  if (!override) return httpsUrl;
  const url = new URL(httpsUrl);
  return `${override.replace(/\/+$/, '')}/${url.host}${url.pathname}${url.search}`;
}
