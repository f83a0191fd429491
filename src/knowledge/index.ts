export * from './answer.js';
export * from './dataset.js';
export * from './intents.js';
export { CityFileError, DEFAULT_CITIES_DIR, loadCities, parseCityFile } from './load.js';
export * from './schema.js';
export * from './citedPoints.js';
export * from './language.js';
export { localizeCity } from './localize.js';
