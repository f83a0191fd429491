// Compares model settings by leave-batches-out cross-validation on the training batches only
// (never the development set, never a batch not yet on the ledger). Prints accuracy per setting.
import { readExamples } from '../src/intents/model/corpus.js';
import { accuracyOf, heldOutPredictions } from '../src/intents/model/crossValidate.js';
import { DEFAULT_TRAIN, type TrainOptions } from '../src/intents/model/train.js';
import { INTENTS, loadCities } from '../src/knowledge/index.js';

const FOLDS = 5;
const batches = readExamples('data/intents/batches', loadCities());
const labels = [...INTENTS];
const cv = (opts: Partial<TrainOptions>) => accuracyOf(heldOutPredictions(batches, labels, FOLDS, opts));

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
