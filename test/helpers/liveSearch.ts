import { pino } from 'pino';
import { afterAll, beforeAll } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { type ClosableDatasetSearch, createDatasetSearch } from '../../src/search/index.js';
import { type FakePortal, startFakePortal } from '../fakes/portal.js';

/**
 * The real search client reaching the fake portal only through UPSTREAM_OVERRIDE, started before and
 * closed after the tests of the calling file (or describe block).
 */
export function useLiveSearch(): { portal: () => FakePortal; search: () => ClosableDatasetSearch } {
  let portal: FakePortal;
  let search: ClosableDatasetSearch;
  beforeAll(async () => {
    portal = await startFakePortal();
    search = createDatasetSearch({
      config: loadConfig({ UPSTREAM_OVERRIDE: portal.url }),
      logger: pino({ level: 'silent' }),
    });
  });
  afterAll(async () => {
    await search.close();
    await portal.close();
  });
  return { portal: () => portal, search: () => search };
}
