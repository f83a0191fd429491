import { promises as dns, type LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';

/** The error code a connection refused by the address check carries (see errors.ts). */
export const NON_PUBLIC_ADDRESS = 'ENONPUBLICADDRESS';

/**
 * Public unicast only. ipaddr.js names every special range (loopback, private, link-local incl. the
 * 169.254.169.254 metadata address, unique-local, CGNAT, unspecified, multicast, broadcast, reserved,
 * IPv4-mapped/translated IPv6 forms...) and calls the rest `unicast`; only that is allowed.
 */
export function isPublicUnicast(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  return ipaddr.parse(address).range() === 'unicast';
}

export type Resolve = (hostname: string) => Promise<LookupAddress[]>;

const systemResolve: Resolve = (hostname) => dns.lookup(hostname, { all: true, verbatim: true });

/**
 * A `lookup` for undici's connector: the name is resolved once and the socket connects to exactly the
 * addresses checked, so DNS tricks (`127.0.0.1.nip.io`) and rebinding between check and connect both
 * fail. `trustedHost` (the UPSTREAM_OVERRIDE target) is the one name exempt from the check.
 */
export function publicOnlyLookup(opts: { resolve?: Resolve; trustedHost?: string } = {}): LookupFunction {
  const resolve = opts.resolve ?? systemResolve;
  return (hostname, options, callback) => {
    resolve(hostname).then(
      (all) => {
        const bad = hostname === opts.trustedHost ? undefined : all.find((a) => !isPublicUnicast(a.address));
        if (bad || all.length === 0) {
          const err = Object.assign(new Error(`${hostname} does not resolve to a public address`), {
            code: NON_PUBLIC_ADDRESS,
          });
          callback(err, '', 0);
          return;
        }
        const family = options.family === 4 || options.family === 6 ? options.family : undefined;
        const usable = family ? all.filter((a) => a.family === family) : all;
        if (options.all) {
          (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, usable);
          return;
        }
        const first = usable[0];
        if (!first)
          callback(Object.assign(new Error(`${hostname}: no address`), { code: 'ENOTFOUND' }), '', 0);
        else callback(null, first.address, first.family);
      },
      (err: NodeJS.ErrnoException) => callback(err, '', 0),
    );
  };
}
