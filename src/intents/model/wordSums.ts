import { forEachWordFeature } from './features.js';
import type { LinearModel } from './linearModel.js';
import { addRow } from './weightRows.js';

/** One word's part of a message's logits: its known features' weight rows added up, and how many there were. */
export interface WordSum {
  sum: Float64Array;
  known: number;
}

const MAX_WORDS = 20_000;

/**
 * A word's own feature and its char n-grams depend on the word alone, and features count linearly
 * (rowCounter.ts), so the word adds the same to every message's logits. Chat reuses a small
 * vocabulary: each word's sum is worked out once (about 25 feature lookups and weight rows) and is
 * then one map lookup. The map is emptied when it reaches MAX_WORDS, which bounds it to a few MB.
 */
export class WordSums {
  private readonly byWord = new Map<string, WordSum>();

  constructor(private readonly model: LinearModel) {}

  get(w: string): WordSum {
    let entry = this.byWord.get(w);
    if (entry) return entry;
    const { vocab, weights, features } = this.model;
    const k = this.model.labels.length;
    const sum = new Float64Array(k);
    let known = 0;
    forEachWordFeature(w, features, (hash) => {
      const row = vocab.get(hash);
      if (row < 0) return;
      known++;
      addRow(sum, weights, row);
    });
    entry = { sum, known };
    if (this.byWord.size >= MAX_WORDS) this.byWord.clear();
    // A word split from a message may be a view into the whole message: keep a copy of its own.
    this.byWord.set(w.length >= 13 ? [...w].join('') : w, entry);
    return entry;
  }
}

// Keyed by the weights, which a copy of the model ({ ...model, temperature }) shares.
const perModel = new WeakMap<LinearModel['weights'], WordSums>();

export function wordSumsFor(model: LinearModel): WordSums {
  let sums = perModel.get(model.weights);
  if (!sums) {
    sums = new WordSums(model);
    perModel.set(model.weights, sums);
  }
  return sums;
}
