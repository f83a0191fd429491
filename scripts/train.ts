// npm run train: fits the intent model on every scored batch in data/intents/batches and writes
// src/intents/model/intent-model.bin. Deterministic: the same batches give the same bytes.
import { writeFileSync } from 'node:fs';
import { INTENTS, loadCities } from '../src/knowledge/index.js';
import { serializeModel } from '../src/intents/model/artifact.js';
import { modelInput, readBatches } from '../src/intents/model/corpus.js';
import { logits } from '../src/intents/model/linearModel.js';
import { vectorize } from '../src/intents/model/linearModel.js';
import { fitTemperature, trainModel, type Example } from '../src/intents/model/train.js';

const BATCH_DIR = 'data/intents/batches';
const OUT = 'src/intents/model/intent-model.bin';
const FOLDS = 5;
// --quick skips the held-out folds (temperature stays 1): for scoring batch after batch while writing data.
const quick = process.argv.includes('--quick');

const toText = modelInput(loadCities());
const batches = readBatches(BATCH_DIR);
const labels = [...INTENTS];
const examples = (names: Set<string>): Example[] =>
  batches
    .filter((b) => names.has(b.name))
    .flatMap((b) => b.rows.map((r) => ({ text: toText(r.q), label: r.intent })));

// Temperature and an estimate of accuracy on unseen writers: folds hold out whole batches.
const heldOut: { logits: Float64Array; label: number }[] = [];
let right = 0;
for (let f = 0; f < (quick ? 0 : FOLDS); f++) {
  const test = new Set(batches.filter((_, i) => i % FOLDS === f).map((b) => b.name));
  const train = new Set(batches.map((b) => b.name).filter((n) => !test.has(n)));
  const model = trainModel(examples(train), labels);
  for (const e of examples(test)) {
    const z = logits(model, vectorize(e.text, model.vocab, model.features));
    const label = labels.indexOf(e.label as (typeof labels)[number]);
    heldOut.push({ logits: z, label });
    right += +(z.indexOf(Math.max(...z)) === label);
  }
}
const temperature = quick ? 1 : fitTemperature(heldOut);
const all = new Set(batches.map((b) => b.name));
const model = { ...trainModel(examples(all), labels), temperature };
const bytes = serializeModel(model, {
  batches: batches.map((b) => `${b.name}:${b.rows.length}`),
});
writeFileSync(OUT, bytes);
console.log(
  `trained on ${examples(all).length} questions in ${batches.length} batches; ` +
    `${model.vocab.size} features; ${(bytes.length / 1e6).toFixed(2)} MB; temperature ${temperature}; ` +
    (quick
      ? '(quick: no held-out folds)'
      : `batch-held-out accuracy ${((100 * right) / heldOut.length).toFixed(1)}%`),
);
