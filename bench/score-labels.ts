// Scores labelled files through the engine (SHOW=1 lists the misses): npx tsx bench/score-labels.ts FILE...
import { readFileSync } from 'node:fs';
import { createEngine } from '../src/intents/engine.js';
import { loadCities } from '../src/knowledge/index.js';
const files = process.argv.slice(2);
for (const f of files) {
  const engine = createEngine({ cities: loadCities() });
  const rows = readFileSync(f, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
  let i = 0,
    c = 0;
  const miss: string[] = [];
  for (const r of rows) {
    const a = await engine.ask({ text: r.q, ...(r.conversation ? { conversation: r.conversation } : {}) });
    i += +(a.intent === r.intent);
    c += +(a.city === r.city);
    if (a.intent !== r.intent && process.env.SHOW)
      miss.push(`${r.intent} -> ${a.intent} (${a.confidence}) | ${r.q.slice(0, 120)}`);
  }
  console.log(
    f,
    rows.length,
    'intent',
    ((100 * i) / rows.length).toFixed(1),
    'city',
    ((100 * c) / rows.length).toFixed(1),
  );
  for (const m of miss) console.log('   ', m);
}
