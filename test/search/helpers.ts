import { Writable } from 'node:stream';
import { pino } from 'pino';
import { loadConfig } from '../../src/config.js';
import { REDACT_PATHS } from '../../src/logger.js';
import {
  type ClosableDatasetSearch,
  createDatasetSearch,
  type DatasetSearchOptions,
} from '../../src/search/index.js';
import { type FakePortal, startFakePortal } from '../fakes/portal.js';

export interface Harness {
  fake: FakePortal;
  search: ClosableDatasetSearch;
  /** Everything the search logged, as raw JSON lines. */
  logs: () => string;
  close(): Promise<void>;
}

/** A fake portal plus a dataset search pointed at it through UPSTREAM_OVERRIDE only. */
export async function harness(
  env: Record<string, string> = {},
  options: Partial<Omit<DatasetSearchOptions, 'config' | 'logger'>> = {},
  fakeOpts: Parameters<typeof startFakePortal>[0] = {},
): Promise<Harness> {
  const fake = await startFakePortal(fakeOpts);
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  const logger = pino({ level: 'trace', redact: { paths: REDACT_PATHS, censor: '[redacted]' } }, sink);
  const config = loadConfig({ UPSTREAM_OVERRIDE: fake.url, ...env });
  const search = createDatasetSearch({ config, logger, ...options });
  return {
    fake,
    search,
    logs: () => lines.join(''),
    async close() {
      await search.close();
      await fake.close();
    },
  };
}

export const elapsedSince = (start: number) => Date.now() - start;
