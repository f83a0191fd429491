import type { ExampleBatch } from './corpus.js';
import { logits, vectorize } from './linearModel.js';
import { type TrainOptions, trainModel } from './train.js';

export interface HeldOutPrediction {
  logits: Float64Array;
  /** Index of the true label in `labels`. */
  label: number;
}

/**
 * Predictions on questions the model never saw: fold f trains without every batch whose position
 * is f modulo `folds`, so a writer's batch is never scored by a model that learned from it.
 */
export function heldOutPredictions(
  batches: ExampleBatch[],
  labels: string[],
  folds: number,
  options: Partial<TrainOptions> = {},
): HeldOutPrediction[] {
  const out: HeldOutPrediction[] = [];
  for (let f = 0; f < folds; f++) {
    const train = batches.filter((_, i) => i % folds !== f).flatMap((b) => b.examples);
    const test = batches.filter((_, i) => i % folds === f).flatMap((b) => b.examples);
    const model = trainModel(train, labels, options);
    for (const e of test)
      out.push({
        logits: logits(model, vectorize(e.text, model.vocab, model.features)),
        label: labels.indexOf(e.label),
      });
  }
  return out;
}

/** Share of predictions whose top logit is the true label. */
export function accuracyOf(predictions: HeldOutPrediction[]): number {
  let right = 0;
  for (const p of predictions) right += +(p.logits.indexOf(Math.max(...p.logits)) === p.label);
  return predictions.length ? right / predictions.length : 0;
}
