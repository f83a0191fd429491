import type { LookupAddress } from 'node:dns';
import { afterEach, describe, expect, it } from 'vitest';
import { isPublicUnicast, publicOnlyLookup, type Resolve } from '../../src/search/http/publicAddress.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { type ClosableDatasetSearch, createDatasetSearch } from '../../src/search/index.js';
import { FIXTURE_PORTALS } from '../fakes/portal.js';

const NOT_PUBLIC = [
  '127.0.0.1',
  '127.1.2.3',
  '10.0.0.1',
  '172.16.5.4',
  '192.168.1.1',
  '169.254.169.254',
  '100.64.0.1',
  '100.100.100.200',
  '0.0.0.0',
  '224.0.0.1',
  '255.255.255.255',
  '::1',
  '::',
  'fe80::1',
  'fd00:ec2::254',
  'ff02::1',
  '::ffff:127.0.0.1',
  '::ffff:169.254.169.254',
  'not-an-ip',
];

describe('isPublicUnicast', () => {
  it('GIVEN loopback, private, link-local, metadata, unique-local, CGNAT, unspecified, multicast or IPv4-mapped THEN false', () => {
    for (const ip of NOT_PUBLIC) expect(isPublicUnicast(ip), ip).toBe(false);
  });
  it('GIVEN public unicast v4 and v6 THEN true', () => {
    for (const ip of ['8.8.8.8', '151.101.1.1', '2606:4700::1111'])
      expect(isPublicUnicast(ip), ip).toBe(true);
  });
});

const answers =
  (...ips: string[]): Resolve =>
  async () =>
    ips.map((address): LookupAddress => ({ address, family: address.includes(':') ? 6 : 4 }));

function lookupOnce(
  lookup: ReturnType<typeof publicOnlyLookup>,
  host: string,
  all = false,
): Promise<{ err: NodeJS.ErrnoException | null; result: unknown }> {
  return new Promise((resolve) => {
    lookup(host, { all }, (err, address) => resolve({ err, result: address }));
  });
}

describe('publicOnlyLookup', () => {
  it('GIVEN a name that resolves to loopback (127.0.0.1.nip.io) or a mix with a private address THEN refused', async () => {
    for (const resolve of [answers('127.0.0.1'), answers('8.8.8.8', '10.0.0.5'), answers()]) {
      const { err } = await lookupOnce(publicOnlyLookup({ resolve }), 'data.kcmo.org');
      expect(err?.code).toBe('ENONPUBLICADDRESS');
    }
  });

  it('GIVEN a public answer THEN the checked address is the one connected to (single and all)', async () => {
    const lookup = publicOnlyLookup({ resolve: answers('8.8.8.8') });
    expect((await lookupOnce(lookup, 'data.kcmo.org')).result).toBe('8.8.8.8');
    expect((await lookupOnce(lookup, 'data.kcmo.org', true)).result).toEqual([
      { address: '8.8.8.8', family: 4 },
    ]);
  });

  it('GIVEN the override target THEN exempt (tests on loopback), and only that name', async () => {
    const lookup = publicOnlyLookup({ resolve: answers('127.0.0.1'), trustedHost: 'localhost' });
    expect((await lookupOnce(lookup, 'localhost')).err).toBeNull();
    expect((await lookupOnce(lookup, 'data.kcmo.org')).err?.code).toBe('ENONPUBLICADDRESS');
  });
});

describe('connect-time check in the real client (no override, faked DNS)', () => {
  let search: ClosableDatasetSearch | undefined;
  afterEach(async () => {
    await search?.close();
    search = undefined;
  });

  it('GIVEN an allowed portal name that resolves to 127.0.0.1 (rebinding) THEN blocked before connecting', async () => {
    const resolved: string[] = [];
    search = createDatasetSearch({
      config: loadConfig({}),
      logger: createLogger('silent', { pretty: false }),
      maxAttempts: 1,
      resolve: async (host) => {
        resolved.push(host);
        return [{ address: '127.0.0.1', family: 4 }];
      },
    });
    const out = await search.details([FIXTURE_PORTALS.kansasCity], 'd4px-6rwg');
    expect(out).toMatchObject({ ok: false, error: 'blocked' });
    expect(resolved).toEqual(['data.kcmo.org']);
  });
});
