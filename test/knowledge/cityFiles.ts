import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Test helpers for the city data files: where they are and how to walk their text. */

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CITIES_DIR = join(REPO_ROOT, 'src', 'cities');
export const FIXTURES_DIR = join(REPO_ROOT, 'test', 'fixtures');
export const CITY_IDS = ['kansas-city', 'los-angeles', 'miami'] as const;

/**
 * The seed guides and portal reference the city files are written from. They live beside the
 * repository (`../shared`), not in it; `CIVIC_SHARED_DIR` points elsewhere.
 */
export function sharedDir(): string {
  const dir = process.env.CIVIC_SHARED_DIR ?? join(REPO_ROOT, '..', 'shared');
  if (!existsSync(join(dir, 'reference')) || !existsSync(join(dir, 'seeds'))) {
    throw new Error(`seeds/ and reference/ not found under ${dir}; set CIVIC_SHARED_DIR`);
  }
  return dir;
}

export function cityPath(id: string): string {
  return join(CITIES_DIR, `${id}.json`);
}

/** The file as JSON, unvalidated: tests that break a copy start from this. */
export function readRawCity(id: string): Record<string, unknown> {
  return JSON.parse(readFileSync(cityPath(id), 'utf8')) as Record<string, unknown>;
}

export interface StringAt {
  path: string;
  value: string;
}

/** Every string in a JSON value with its field path (`topics.fees.points[0].text`). */
export function stringsIn(value: unknown, path = ''): StringAt[] {
  if (typeof value === 'string') return [{ path, value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringsIn(v, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => stringsIn(v, path ? `${path}.${k}` : k));
  }
  return [];
}

const URL_IN_TEXT = /https?:\/\/[^\s`"'<>()[\]|,]+/g;

/** URLs written in a text, without trailing sentence punctuation or an ellipsis. */
export function urlsIn(text: string): string[] {
  return [...text.matchAll(URL_IN_TEXT)].map((m) => m[0].replace(/[.;:…]+$/u, ''));
}
