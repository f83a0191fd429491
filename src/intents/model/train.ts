import { FeatureIndex } from './featureIndex.js';
import { DEFAULT_FEATURES, type FeatureOptions, forEachFeature } from './features.js';
import { type LinearModel, logits, type SparseVector, softmax, vectorize } from './linearModel.js';

export interface Example {
  text: string;
  label: string;
}

export interface TrainOptions {
  features: FeatureOptions;
  /** A feature must occur in at least this many training questions to be kept. */
  minCount: number;
  epochs: number;
  /** L2 penalty per update. */
  l2: number;
  learningRate: number;
  seed: number;
}

export const DEFAULT_TRAIN: TrainOptions = {
  features: DEFAULT_FEATURES,
  minCount: 3,
  epochs: 20,
  l2: 1e-4,
  learningRate: 0.5,
  seed: 1,
};

/** Small deterministic PRNG (mulberry32): the same data and options give the same model, byte for byte. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function buildVocab(texts: string[], opts: FeatureOptions, minCount: number): FeatureIndex {
  const df = new Map<number, number>();
  for (const t of texts) {
    const seen = new Set<number>();
    forEachFeature(t, opts, (h) => seen.add(h));
    for (const h of seen) df.set(h, (df.get(h) ?? 0) + 1);
  }
  // Most frequent first: the features nearly every question has share cache lines at the top of the
  // weight matrix instead of each pulling in a line of rarely used neighbours.
  const kept = [...df].filter(([, n]) => n >= minCount);
  kept.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  return new FeatureIndex(Int32Array.from(kept, ([h]) => h));
}

/** Softmax regression by AdaGrad SGD over shuffled examples; `labels` fixes the output order. */
export function trainModel(
  examples: Example[],
  labels: string[],
  options: Partial<TrainOptions> = {},
): LinearModel {
  const opts = { ...DEFAULT_TRAIN, ...options };
  const labelIndex = new Map(labels.map((l, i) => [l, i]));
  for (const e of examples)
    if (!labelIndex.has(e.label)) throw new Error(`unknown label "${e.label}" in training data`);
  const vocab = buildVocab(
    examples.map((e) => e.text),
    opts.features,
    opts.minCount,
  );
  const k = labels.length;
  const xs: SparseVector[] = examples.map((e) => vectorize(e.text, vocab, opts.features));
  const ys = examples.map((e) => labelIndex.get(e.label)!);
  const weights = new Float32Array(vocab.size * k);
  const g2 = new Float32Array(vocab.size * k).fill(1e-8);
  const model = { labels, weights, weightScale: 1 };
  const random = prng(opts.seed);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const n of order) {
      const x = xs[n]!;
      const p = softmax(logits(model, x));
      p[ys[n]!]! -= 1;
      for (let i = 0; i < x.index.length; i++) {
        const base = x.index[i]! * k;
        const v = x.value[i]!;
        for (let c = 0; c < k; c++) {
          const w = base + c;
          const grad = p[c]! * v + opts.l2 * weights[w]!;
          g2[w]! += grad * grad;
          weights[w]! -= (opts.learningRate * grad) / Math.sqrt(g2[w]!);
        }
      }
    }
  }
  return { labels, features: opts.features, vocab, weights, weightScale: 1, temperature: 1 };
}

/** The temperature that minimises the negative log-likelihood of held-out predictions (grid search). */
export function fitTemperature(heldOut: { logits: Float64Array; label: number }[]): number {
  let best = 1;
  let bestLoss = Number.POSITIVE_INFINITY;
  for (let t = 0.2; t <= 5.0001; t += 0.05) {
    let loss = 0;
    for (const h of heldOut) loss -= Math.log(Math.max(1e-12, softmax(h.logits, t)[h.label]!));
    if (loss < bestLoss) {
      bestLoss = loss;
      best = Number(t.toFixed(2));
    }
  }
  return best;
}
