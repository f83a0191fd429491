import type { Config } from './config.js';
import { createEngine, type Engine } from './intents/index.js';
import { loadCities } from './knowledge/index.js';
import type { Logger } from './logger.js';
import { createDatasetSearch } from './search/index.js';

export interface App {
  engine: Engine;
  /** Releases keep-alive connections so a one-shot command can exit at once. */
  close(): Promise<void>;
}

/** Builds the one engine every adapter shares: validated city files, live search, context. */
export function buildApp(config: Config, logger: Logger, opts: { citiesDir?: string } = {}): App {
  const cities = loadCities(opts.citiesDir);
  const search = createDatasetSearch({ config, logger });
  return { engine: createEngine({ cities, search }), close: () => search.close() };
}
