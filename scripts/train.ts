// npm run train: fits the intent model on every scored batch in data/intents/batches and writes
// src/intents/model/intent-model.bin. Deterministic: the same batches give the same bytes.
import { writeFileSync } from 'node:fs';
import { serializeModel } from '../src/intents/model/artifact.js';
import { readExamples } from '../src/intents/model/corpus.js';
import { accuracyOf, heldOutPredictions } from '../src/intents/model/crossValidate.js';
import { fitTemperature, trainModel } from '../src/intents/model/train.js';
import { INTENTS, loadCities } from '../src/knowledge/index.js';

const BATCH_DIR = 'data/intents/batches';
const OUT = 'src/intents/model/intent-model.bin';
const FOLDS = 5;
// --quick skips the held-out folds (temperature stays 1): for scoring batch after batch while writing data.
const quick = process.argv.includes('--quick');

const batches = readExamples(BATCH_DIR, loadCities());
const labels = [...INTENTS];
const all = batches.flatMap((b) => b.examples);

// Temperature and an estimate of accuracy on unseen writers: folds hold out whole batches.
const heldOut = quick ? [] : heldOutPredictions(batches, labels, FOLDS);
const temperature = quick ? 1 : fitTemperature(heldOut);
const model = { ...trainModel(all, labels), temperature };
const bytes = serializeModel(model, {
  batches: batches.map((b) => `${b.name}:${b.examples.length}`),
});
writeFileSync(OUT, bytes);
console.log(
  `trained on ${all.length} questions in ${batches.length} batches; ` +
    `${model.vocab.size} features; ${(bytes.length / 1e6).toFixed(2)} MB; temperature ${temperature}; ` +
    (quick
      ? '(quick: no held-out folds)'
      : `batch-held-out accuracy ${(100 * accuracyOf(heldOut)).toFixed(1)}%`),
);
