import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { City, Lang } from '../../knowledge/index.js';
import { createCityFinder } from '../findCity.js';
import { normalizeQuestion } from '../normalize.js';
import { type LabelledQuestion, readLabelledFile } from './labelledData.js';
import type { Example } from './train.js';

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

/**
 * The text the classifier sees at run time: normalised, with place names taken out by the same
 * call the engine makes (the message as typed and its language decide whether "la" is Los Angeles).
 */
export function modelInput(cities: City[]): (question: string, lang: Lang) => string {
  const finder = createCityFinder(cities);
  return (question, lang) => {
    const norm = normalizeQuestion(question);
    return finder.find(norm.text, { original: norm.original, lang }).rest;
  };
}

export interface ExampleBatch {
  name: string;
  examples: (Example & { lang: Lang })[];
}

/** Every batch in `dir` as classifier examples, each question prepared as the engine prepares it. */
export function readExamples(dir: string, cities: City[]): ExampleBatch[] {
  const toText = modelInput(cities);
  return readBatches(dir).map((b) => ({
    name: b.name,
    examples: b.rows.map((r) => ({ text: toText(r.q, r.lang), label: r.intent, lang: r.lang })),
  }));
}
