import type { Config } from './config.js';
import { createEngine, type Engine } from './intents/index.js';
import { type Lang, loadCities } from './knowledge/index.js';
import type { Logger } from './logger.js';
import type { ClosableDatasetSearch } from './search/index.js';

export interface App {
  engine: Engine;
  /** Releases keep-alive connections so a one-shot command can exit at once. */
  close(): Promise<void>;
}

/**
 * The HTTP stack (undici) loads on the first dataset question, not at start-up: most questions
 * never reach a portal, and a one-shot `civic-data-bot ask` should start fast.
 */
function lazySearch(config: Config, logger: Logger): ClosableDatasetSearch {
  let loaded: Promise<ClosableDatasetSearch> | undefined;
  const get = () => {
    loaded ??= import('./search/datasetSearch.js').then((m) => m.createDatasetSearch({ config, logger }));
    return loaded;
  };
  return {
    search: async (portals, query, opts) => (await get()).search(portals, query, opts),
    details: async (portals, id) => (await get()).details(portals, id),
    suggest: async (portals, prefix, limit) => (await get()).suggest(portals, prefix, limit),
    close: async () => {
      if (loaded) await (await loaded).close();
    },
  };
}

/** Builds the one engine every adapter shares: validated city files, live search, context. */
export function buildApp(
  config: Config,
  logger: Logger,
  opts: { citiesDir?: string; lang?: Lang } = {},
): App {
  const cities = loadCities(opts.citiesDir);
  const search = lazySearch(config, logger);
  // `--lang` beats the deployment's DEFAULT_LANG; with neither, each message's own language is used.
  const lang = opts.lang ?? config.DEFAULT_LANG;
  return { engine: createEngine({ cities, search, ...(lang ? { lang } : {}) }), close: () => search.close() };
}
