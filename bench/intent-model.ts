// Intent model figures: learning curve (accuracy on held-out writers against training size),
// calibration on batch-held-out predictions, artifact size, load time and classification latency.
import { readFileSync, statSync } from 'node:fs';
import { classifyIntent } from '../src/intents/classifyIntent.js';
import { deserializeModel } from '../src/intents/model/artifact.js';
import { readExamples } from '../src/intents/model/corpus.js';
import { heldOutPredictions } from '../src/intents/model/crossValidate.js';
import { defaultModelPath } from '../src/intents/model/loadModel.js';
import { logits, softmax, vectorize } from '../src/intents/model/linearModel.js';
import { fitTemperature, trainModel } from '../src/intents/model/train.js';
import { INTENTS, loadCities } from '../src/knowledge/index.js';
import { summarize } from './stats.js';

const labels = [...INTENTS];
const batches = readExamples('data/intents/batches', loadCities());
// The ledger's first table lists batches in the order they arrived (the first session's set1, never
// scored on the ledger, came first).
const firstTable = readFileSync('data/intents/LEDGER.md', 'utf8').split('\n## ')[0]!;
const ledger = [
  ...new Set(
    firstTable
      .split('\n')
      .flatMap((l) => /^\| (\w+) \|/.exec(l)?.[1] ?? [])
      .filter((n) => batches.some((b) => b.name === n)),
  ),
];
const ordered = [...batches.map((b) => b.name).filter((n) => !ledger.includes(n)), ...ledger].map(
  (n) => batches.find((b) => b.name === n)!,
);
const examples = (names: string[]) =>
  ordered.filter((b) => names.includes(b.name)).flatMap((b) => b.examples);
const names = ordered.map((b) => b.name);
// Held out: the last two English and the last two Spanish writers' batches.
const heldOutNames = [
  ...names.filter((n) => n.startsWith('b')).slice(-2),
  ...names.filter((n) => n.startsWith('s') && !n.startsWith('set')).slice(-2),
];
const heldOut = examples(heldOutNames);
const pool = examples(names.filter((n) => !heldOutNames.includes(n)));
const rate = (model: ReturnType<typeof trainModel>, rows: typeof heldOut) =>
  rows.filter((e) => {
    const z = logits(model, vectorize(e.text, model.vocab, model.features));
    return labels[z.indexOf(Math.max(...z))] === e.label;
  }).length / rows.length;

console.log(`Learning curve: held out ${heldOutNames.join(', ')} (${heldOut.length} questions)`);
for (const size of [250, 500, 1000, 2000, 3000, 4000, 5000, 6000, pool.length]) {
  if (size > pool.length) continue;
  // The first `size` questions in arrival order: what the model knew at that point of the ledger.
  const train = pool.slice(0, size);
  const model = trainModel(train, labels);
  const en = heldOut.filter((e) => e.lang === 'en');
  const es = heldOut.filter((e) => e.lang === 'es');
  const spanish = train.filter((e) => e.lang === 'es').length;
  console.log(
    `  trained on ${String(size).padStart(5)} (${String(spanish).padStart(4)} Spanish): English ${(100 * rate(model, en)).toFixed(1)}%, Spanish ${(100 * rate(model, es)).toFixed(1)}% intent`,
  );
}

// Calibration: five folds holding out whole batches; expected calibration error before and after
// the temperature the training script fits.
const held = heldOutPredictions(ordered, labels, 5);
function ece(t: number): { ece: number; bins: string[] } {
  const bins = [0, 0.5, 0.7, 0.9, 1.0001]
    .slice(0, -1)
    .map((lo, i) => ({ lo, hi: [0.5, 0.7, 0.9, 1.0001][i]!, n: 0, right: 0, conf: 0 }));
  for (const h of held) {
    const p = softmax(h.logits, t);
    const top = p.indexOf(Math.max(...p));
    const bin = bins.find((b) => p[top]! >= b.lo && p[top]! < b.hi)!;
    bin.n++;
    bin.conf += p[top]!;
    bin.right += +(top === h.label);
  }
  const e = bins.reduce(
    (s, b) => s + (b.n ? Math.abs(b.right / b.n - b.conf / b.n) * (b.n / held.length) : 0),
    0,
  );
  return {
    ece: e,
    bins: bins.map(
      (b) =>
        `[${b.lo.toFixed(1)}, ${Math.min(1, b.hi).toFixed(1)}): n=${b.n} mean confidence ${b.n ? (b.conf / b.n).toFixed(2) : '–'} accuracy ${b.n ? (b.right / b.n).toFixed(2) : '–'}`,
    ),
  };
}
const t = fitTemperature(held);
const before = ece(1);
const after = ece(t);
console.log(
  `Calibration (batch-held-out, ${held.length} questions): ECE ${before.ece.toFixed(3)} at T=1, ${after.ece.toFixed(3)} at fitted T=${t}`,
);
for (const b of after.bins) console.log(`  ${b}`);
// Close calls as the engine offers them (readings.ts): how often, and whether the offer helps.
let close = 0;
let closeTopRight = 0;
let closeSecondRight = 0;
let clearRight = 0;
for (const h of held) {
  const p = [...softmax(h.logits, t)].map((v, i) => ({ v, i })).sort((a, b) => b.v - a.v);
  const [first, second] = [p[0]!, p[1]!];
  if (second.v >= 0.25 && first.v - second.v <= 0.25) {
    close++;
    closeTopRight += +(first.i === h.label);
    closeSecondRight += +(second.i === h.label);
  } else clearRight += +(first.i === h.label);
}
console.log(
  `Close calls offered on ${((100 * close) / held.length).toFixed(1)}% of questions: the first reading right ${((100 * closeTopRight) / close).toFixed(0)}%, the offered one ${((100 * closeSecondRight) / close).toFixed(0)}%; elsewhere right ${((100 * clearRight) / (held.length - close)).toFixed(1)}%`,
);

// The shipped artifact.
const path = defaultModelPath();
const loads: number[] = [];
for (let i = 0; i < 20; i++) {
  const s = performance.now();
  deserializeModel(readFileSync(path));
  loads.push(performance.now() - s);
}
const questions = pool.slice(0, 2000).map((e) => e.text);
const times: number[] = [];
for (const q of questions) {
  const s = performance.now();
  classifyIntent(q);
  times.push(performance.now() - s);
}
const l = summarize(loads);
const c = summarize(times);
console.log(
  `Artifact ${(statSync(path).size / 1e6).toFixed(2)} MB; load median ${l.median.toFixed(1)} ms; classify median ${(c.median * 1000).toFixed(0)} µs, p99 ${(c.p99 * 1000).toFixed(0)} µs`,
);
