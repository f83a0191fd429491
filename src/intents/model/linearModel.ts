import type { FeatureIndex } from './featureIndex.js';
import { DEFAULT_FEATURES, type FeatureOptions, forEachFeature } from './features.js';

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

/** Known features only, sublinear counts, unit length. */
export function vectorize(
  text: string,
  vocab: FeatureIndex,
  opts: FeatureOptions = DEFAULT_FEATURES,
): SparseVector {
  const seen: number[] = [];
  forEachFeature(text, opts, (hash) => {
    const row = vocab.get(hash);
    if (row >= 0) seen.push(row);
  });
  // Sorted, repeats of a row are adjacent: count them in one pass.
  const sorted = Int32Array.from(seen).sort();
  const index = new Int32Array(sorted.length);
  const value = new Float32Array(sorted.length);
  let n = 0;
  let norm = 0;
  for (let i = 0; i < sorted.length; ) {
    let j = i + 1;
    while (j < sorted.length && sorted[j] === sorted[i]) j++;
    const c = j - i;
    const v = c === 1 ? 1 : 1 + Math.log(c);
    index[n] = sorted[i]!;
    value[n] = v;
    norm += v * v;
    n++;
    i = j;
  }
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  for (let i = 0; i < n; i++) value[i]! *= scale;
  return { index: index.subarray(0, n), value: value.subarray(0, n) };
}

export function logits(
  model: Pick<LinearModel, 'weights' | 'weightScale' | 'labels'>,
  x: SparseVector,
): Float64Array {
  const k = model.labels.length;
  const out = new Float64Array(k);
  for (let i = 0; i < x.index.length; i++) {
    const base = x.index[i]! * k;
    const v = x.value[i]!;
    for (let c = 0; c < k; c++) out[c]! += v * model.weights[base + c]!;
  }
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

export interface Prediction {
  /** Labels with probabilities, most likely first. */
  ranked: { label: string; p: number }[];
  /** How many of the text's features the model knows (0: nothing it has seen before). */
  known: number;
}

export function predict(model: LinearModel, text: string): Prediction {
  const x = vectorize(text, model.vocab, model.features);
  const p = softmax(logits(model, x), model.temperature);
  const ranked = model.labels.map((label, i) => ({ label, p: p[i]! })).sort((a, b) => b.p - a.p);
  return { ranked, known: x.index.length };
}
