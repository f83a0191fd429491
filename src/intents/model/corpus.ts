import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { City } from '../../knowledge/index.js';
import { createCityFinder } from '../findCity.js';
import { normalizeQuestion } from '../normalize.js';
import { type LabelledQuestion, readLabelledFile } from './labelledData.js';

export interface Batch {
  name: string;
  rows: LabelledQuestion[];
}

/** Every `*.jsonl` batch in `dir`, in name order. */
export function readBatches(dir: string): Batch[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => ({ name: f.replace(/\.jsonl$/, ''), rows: readLabelledFile(join(dir, f)) }));
}

/** The text the classifier sees at run time: normalised, with place names taken out. */
export function modelInput(cities: City[]): (question: string) => string {
  const finder = createCityFinder(cities);
  return (question) => finder.find(normalizeQuestion(question).text).rest;
}
