import type { Config } from './config.js';
import { createEngine, type Engine } from './intents/index.js';
import { loadCities } from './knowledge/index.js';
import type { Logger } from './logger.js';

/** Builds the one engine every adapter shares: validated city files, live search, context. */
export function buildEngine(_config: Config, _logger: Logger, opts: { citiesDir?: string } = {}): Engine {
  const cities = loadCities(opts.citiesDir);
  return createEngine({ cities });
}
