import { readFileSync } from 'node:fs';
import { toJsonRecord } from '../src/bots/terminal/jsonl.js';
import { createEngine } from '../src/intents/engine.js';
import { loadCities } from '../src/knowledge/index.js';
const rows = readFileSync('/tmp/dev30.jsonl', 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l).q as string);
const e = createEngine({ cities: loadCities() });
const t = performance.now();
for (const q of rows) toJsonRecord(await e.ask({ text: q }));
console.log((((performance.now() - t) / rows.length) * 1000).toFixed(0), 'µs per question');
