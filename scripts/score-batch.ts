// npm run ledger -- FILE --persona "who wrote it": scores a new labelled batch ONCE with the current
// model, before it has ever been trained on, appends that first-run figure to data/intents/LEDGER.md,
// keeps each first-run prediction in data/intents/first-runs/, and moves the batch into the training
// data (data/intents/batches/). Run `npm run train` afterwards.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { createEngine } from '../src/intents/engine.js';
import { readBatches } from '../src/intents/model/corpus.js';
import { readLabelledFile } from '../src/intents/model/labelledData.js';
import { defaultModelPath } from '../src/intents/model/loadModel.js';
import { loadCities } from '../src/knowledge/index.js';

const { values, positionals } = parseArgs({
  options: { persona: { type: 'string' } },
  allowPositionals: true,
});
const file = positionals[0];
if (!file || !values.persona) {
  console.error('usage: npm run ledger -- FILE --persona "writer persona"');
  process.exit(2);
}
const DATA = 'data/intents';
const name = basename(file, '.jsonl');
if (existsSync(join(DATA, 'batches', `${name}.jsonl`))) {
  console.error(`${name} is already in the training data: a batch is scored once, before training.`);
  process.exit(2);
}
const rows = readLabelledFile(file);
const batches = readBatches(join(DATA, 'batches'));
const modelTime = statSync(defaultModelPath()).mtimeMs;
if (batches.some((b) => statSync(join(DATA, 'batches', `${b.name}.jsonl`)).mtimeMs > modelTime)) {
  console.error('the model is older than the training data: run `npm run train` first.');
  process.exit(2);
}
const trainedOn = batches.reduce((n, b) => n + b.rows.length, 0);
const known = new Set(batches.flatMap((b) => b.rows.map((r) => r.q.trim().toLowerCase())));
const dev = existsSync('../shared/eval/dev.jsonl')
  ? new Set(readLabelledFile('../shared/eval/dev.jsonl').map((r) => r.q.trim().toLowerCase()))
  : new Set<string>();
const fresh = rows.filter((r) => !known.has(r.q.trim().toLowerCase()) && !dev.has(r.q.trim().toLowerCase()));
const dropped = rows.length - fresh.length;

const engine = createEngine({ cities: loadCities() });
let intent = 0;
let city = 0;
let twoPart = 0;
let twoPartFound = 0;
const firstRun: string[] = [];
for (const [i, r] of fresh.entries()) {
  const reply = await engine.ask({ text: r.q, conversation: `ledger:${name}:${i}` });
  intent += +(reply.intent === r.intent);
  city += +(reply.city === r.city);
  if (r.also) {
    twoPart++;
    twoPartFound += +reply.intents.includes(r.also);
  }
  firstRun.push(
    JSON.stringify({
      q: r.q,
      intent: r.intent,
      city: r.city,
      got: reply.intent,
      gotCity: reply.city,
      confidence: reply.confidence,
      intents: reply.intents,
    }),
  );
}
const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : '–');
const lang = [...new Set(fresh.map((r) => r.lang))].join('+');
const ledger = join(DATA, 'LEDGER.md');
const row = `| ${name} | ${values.persona.replace(/\|/g, '/')} | ${lang} | ${fresh.length} | ${pct(intent, fresh.length)} | ${pct(city, fresh.length)} | ${twoPart ? `${twoPartFound}/${twoPart}` : '–'} | ${trainedOn} |\n`;
// The row goes at the end of the first table (the batches), before any later section.
const text = readFileSync(ledger, 'utf8');
const cut = text.indexOf('\n\n## ');
writeFileSync(
  ledger,
  cut < 0 ? `${text.trimEnd()}\n${row}` : `${text.slice(0, cut).trimEnd()}\n${row}${text.slice(cut)}`,
);
mkdirSync(join(DATA, 'first-runs'), { recursive: true });
writeFileSync(join(DATA, 'first-runs', `${name}.jsonl`), `${firstRun.join('\n')}\n`);
// The batch joins the training data only now, after its first score is on record.
writeFileSync(join(DATA, 'batches', `${name}.jsonl`), `${fresh.map((r) => JSON.stringify(r)).join('\n')}\n`);
console.log(row.trim());
if (dropped)
  console.log(`(${dropped} questions already in the training data or the development set were left out)`);
