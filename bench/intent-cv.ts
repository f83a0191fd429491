// Compares model settings by leave-batches-out cross-validation on the training batches only
// (never the development set, never a batch not yet on the ledger). Prints accuracy per setting.
import { INTENTS, loadCities } from '../src/knowledge/index.js';
import { modelInput, readBatches } from '../src/intents/model/corpus.js';
import { logits, vectorize } from '../src/intents/model/linearModel.js';
import { DEFAULT_TRAIN, type TrainOptions, trainModel } from '../src/intents/model/train.js';

const FOLDS = 5;
const toText = modelInput(loadCities());
const batches = readBatches('data/intents/batches').map((b) => ({
  name: b.name,
  rows: b.rows.map((r) => ({ text: toText(r.q), label: r.intent })),
}));
const labels = [...INTENTS];

function cv(opts: Partial<TrainOptions>): number {
  let right = 0;
  let total = 0;
  for (let f = 0; f < FOLDS; f++) {
    const train = batches.filter((_, i) => i % FOLDS !== f).flatMap((b) => b.rows);
    const test = batches.filter((_, i) => i % FOLDS === f).flatMap((b) => b.rows);
    const model = trainModel(train, labels, opts);
    for (const e of test) {
      const z = logits(model, vectorize(e.text, model.vocab, model.features));
      right += +(labels[z.indexOf(Math.max(...z))] === e.label);
      total++;
    }
  }
  return right / total;
}

const settings: [string, Partial<TrainOptions>][] = JSON.parse(process.env.SETTINGS ?? 'null') ?? [
  ['default', {}],
  ['no last-sentence', { features: { ...DEFAULT_TRAIN.features, lastSentence: false } }],
  ['char 3-5', { features: { ...DEFAULT_TRAIN.features, charMin: 3 } }],
  ['char 2-4', { features: { ...DEFAULT_TRAIN.features, charMax: 4 } }],
  ['l2 1e-4', { l2: 1e-4 }],
  ['l2 1e-6', { l2: 1e-6 }],
  ['epochs 15', { epochs: 15 }],
  ['minCount 1', { minCount: 1 }],
];
for (const [name, opts] of settings) {
  const t = performance.now();
  console.log(
    `${name.padEnd(20)} ${(100 * cv(opts)).toFixed(1)}%  (${((performance.now() - t) / 1000).toFixed(1)} s)`,
  );
}
