import type { FeatureIndex } from './featureIndex.js';
import { DEFAULT_FEATURES, type FeatureOptions, forEachFeature } from './features.js';
import { RowCounter } from './rowCounter.js';
import { addRow } from './weightRows.js';
import { wordSumsFor } from './wordSums.js';

/** A multinomial logistic regression over sparse text features. */
export interface LinearModel {
  labels: string[];
  features: FeatureOptions;
  /** Feature hash -> row in `weights`. */
  vocab: FeatureIndex;
  /** Row-major: weights[row * labels.length + label] * weightScale. Int16 as loaded from disk. */
  weights: Float32Array | Int16Array;
  weightScale: number;
  /** Softmax temperature fitted on held-out batches, so probabilities mean what they say. */
  temperature: number;
}

export interface SparseVector {
  index: Int32Array;
  value: Float32Array;
}

// One counter serves every call: vectorize is synchronous, so calls never overlap.
const counter = new RowCounter();

/** Known features only: counts over the square root of their total (see RowCounter.take). */
export function vectorize(
  text: string,
  vocab: FeatureIndex,
  opts: FeatureOptions = DEFAULT_FEATURES,
): SparseVector {
  forEachFeature(text, opts, (hash) => counter.add(vocab.get(hash)));
  return counter.take();
}

export function logits(
  model: Pick<LinearModel, 'weights' | 'weightScale' | 'labels'>,
  x: SparseVector,
): Float64Array {
  const k = model.labels.length;
  const out = new Float64Array(k);
  for (let i = 0; i < x.index.length; i++) addRow(out, model.weights, x.index[i]!, x.value[i]!);
  if (model.weightScale !== 1) for (let c = 0; c < k; c++) out[c]! *= model.weightScale;
  return out;
}

export function softmax(z: Float64Array, temperature = 1): Float64Array {
  let max = Number.NEGATIVE_INFINITY;
  for (const v of z) max = Math.max(max, v);
  const out = new Float64Array(z.length);
  let sum = 0;
  for (let i = 0; i < z.length; i++) {
    out[i] = Math.exp((z[i]! - max) / temperature);
    sum += out[i]!;
  }
  for (let i = 0; i < z.length; i++) out[i]! /= sum;
  return out;
}

/**
 * `logits(model, vectorize(text))` without building the vector: each word's own features come
 * summed from WordSums, and only the features that depend on a word's neighbours are looked up.
 */
export function textLogits(model: LinearModel, text: string): { z: Float64Array; known: number } {
  const k = model.labels.length;
  const { vocab, weights } = model;
  const sums = wordSumsFor(model);
  const z = new Float64Array(k);
  let known = 0;
  forEachFeature(
    text,
    model.features,
    (hash) => {
      const row = vocab.get(hash);
      if (row < 0) return;
      known++;
      addRow(z, weights, row);
    },
    (word) => {
      const { sum, known: n } = sums.get(word);
      if (n === 0) return;
      known += n;
      for (let c = 0; c < k; c++) z[c]! += sum[c]!;
    },
  );
  const scale = known > 0 ? model.weightScale / Math.sqrt(known) : 0;
  for (let c = 0; c < k; c++) z[c]! *= scale;
  return { z, known };
}

export interface Prediction {
  /** Labels with probabilities, most likely first. */
  ranked: { label: string; p: number }[];
  /** How many of the text's feature occurrences the model knows (0: nothing it has seen before). */
  known: number;
}

export function predict(model: LinearModel, text: string): Prediction {
  const { z, known } = textLogits(model, text);
  const p = softmax(z, model.temperature);
  // Insertion sort of label indices: 17 labels, no comparator closures or temporary objects.
  const order = new Int32Array(p.length);
  for (let i = 0; i < p.length; i++) {
    let j = i;
    while (j > 0 && p[order[j - 1]!]! < p[i]!) {
      order[j] = order[j - 1]!;
      j--;
    }
    order[j] = i;
  }
  const ranked = Array.from(order, (i) => ({ label: model.labels[i]!, p: p[i]! }));
  return { ranked, known };
}
