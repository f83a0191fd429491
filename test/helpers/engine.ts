import { createEngine, type EngineDeps } from '../../src/intents/index.js';
import { type City, loadCities } from '../../src/knowledge/index.js';

let cached: City[] | undefined;
/** The real city files, loaded once per test file. */
export function realCities(): City[] {
  cached ??= loadCities();
  return cached;
}

export function realEngine(deps: Partial<EngineDeps> = {}) {
  return createEngine({ cities: realCities(), ...deps });
}
