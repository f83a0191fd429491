import { isPublicUnicast } from './publicAddress.js';
import { UpstreamError } from './errors.js';

/** Headers that identify or authorise the bot; they never cross to another host. */
const CREDENTIAL_HEADERS = ['x-app-token', 'authorization', 'cookie'];

/**
 * What the bot may fetch, applied to the logical URL of every portal request and of every redirect
 * hop (UPSTREAM_OVERRIDE only changes where the bytes go, never what is allowed).
 */
export interface OutboundPolicy {
  /** Throws UpstreamError('blocked') unless `url` is https on an allowed host at the default port. */
  assertAllowed(url: URL): void;
  /**
   * The headers that may go with a request to `url`: credentials only to credential hosts, and none
   * once a redirect has left the host the request started on.
   */
  headersFor(url: URL, headers: Record<string, string>, crossedHosts: boolean): Record<string, string>;
}

export function createOutboundPolicy(opts: {
  hosts: Iterable<string>;
  credentialHosts: Iterable<string>;
}): OutboundPolicy {
  const hosts = new Set([...opts.hosts].map((h) => h.toLowerCase()));
  const credentialHosts = new Set([...opts.credentialHosts].map((h) => h.toLowerCase()));
  return {
    assertAllowed(url) {
      const why = refusal(url, hosts);
      if (why) throw new UpstreamError('blocked', `The bot does not fetch ${describe(url)}: ${why}.`);
    },
    headersFor(url, headers, crossedHosts) {
      const keepCredentials = !crossedHosts && credentialHosts.has(url.hostname);
      if (keepCredentials) return headers;
      return Object.fromEntries(
        Object.entries(headers).filter(([name]) => !CREDENTIAL_HEADERS.includes(name.toLowerCase())),
      );
    },
  };
}

function refusal(url: URL, hosts: Set<string>): string | undefined {
  if (url.protocol !== 'https:') return 'only https is fetched';
  if (url.username || url.password) return 'addresses with credentials are not fetched';
  if (url.port) return 'only the default https port is fetched';
  const host = url.hostname;
  // An IP literal is never on the list, but say why when it is a private one.
  const literal = host.replace(/^\[|\]$/g, '');
  if (/^[\d.]+$|:/.test(literal) && !isPublicUnicast(literal)) return 'it is not a public address';
  if (!hosts.has(host)) return "it is not one of the city's portal or service hosts";
  return undefined;
}

/** Host and path only: a query string may carry anything. */
function describe(url: URL): string {
  return `${url.protocol}//${url.host}${url.pathname}`.slice(0, 200);
}
