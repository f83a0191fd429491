import { DEFAULT_FEATURES, extractFeatures, type FeatureOptions } from './features.js';

/** A multinomial logistic regression over sparse text features. */
export interface LinearModel {
  labels: string[];
  features: FeatureOptions;
  /** Feature hash -> row in `weights`. */
  vocab: Map<number, number>;
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
  vocab: Map<number, number>,
  opts: FeatureOptions = DEFAULT_FEATURES,
): SparseVector {
  const counts = extractFeatures(text, opts);
  const index: number[] = [];
  const value: number[] = [];
  let norm = 0;
  for (const [feature, count] of counts) {
    const row = vocab.get(feature);
    if (row === undefined) continue;
    const v = 1 + Math.log(count);
    index.push(row);
    value.push(v);
    norm += v * v;
  }
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  return { index: Int32Array.from(index), value: Float32Array.from(value, (v) => v * scale) };
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
