import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { type City, CitySchema } from './schema.js';

/** Where the city data files live: beside this module (source or tsc output), or under dist/src for the bundled CLI. */
export const DEFAULT_CITIES_DIR = [
  new URL('../cities/', import.meta.url),
  new URL('./src/cities/', import.meta.url),
]
  .map((u) => fileURLToPath(u))
  .find((dir) => existsSync(dir)) as string;

export class CityFileError extends Error {
  constructor(
    readonly file: string,
    readonly fieldPath: string,
    detail: string,
  ) {
    super(`${file}: ${fieldPath ? `${fieldPath}: ` : ''}${detail}`);
    this.name = 'CityFileError';
  }
}

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '');
}

/** Parses one city file; a bad field fails with the file and the path of the field. */
export function parseCityFile(file: string, text: string): City {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new CityFileError(file, '', `not valid JSON (${(err as Error).message})`);
  }
  const parsed = CitySchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0] as z.core.$ZodIssue;
    throw new CityFileError(file, formatPath(issue.path), issue.message);
  }
  return parsed.data;
}

/** Loads every `*.json` city file in `dir`; ids and aliases must not collide. */
export function loadCities(dir: string = DEFAULT_CITIES_DIR): City[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  if (files.length === 0) throw new CityFileError(dir, '', 'no city files (*.json) found');
  const cities = files.map((f) => {
    const file = join(dir, f);
    return parseCityFile(file, readFileSync(file, 'utf8'));
  });
  const seen = new Map<string, string>();
  for (const city of cities) {
    for (const key of [city.id, ...city.aliases.map((a) => a.toLowerCase())]) {
      const owner = seen.get(key);
      if (owner && owner !== city.id) {
        throw new CityFileError(join(dir, `${city.id}.json`), 'aliases', `"${key}" also names ${owner}`);
      }
      seen.set(key, city.id);
    }
  }
  return cities;
}
