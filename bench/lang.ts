// Language figures: the per-message detector on short chat text (bench/lang/messages.jsonl) and on the
// labelled question batches (Spanish batches should read es, English ones never es), its speed, and
// how often the engine answers a Spanish batch question in Spanish and names the right city.
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { detectLanguage } from '../src/intents/detectLanguage.js';
import { createEngine } from '../src/intents/index.js';
import { loadCities } from '../src/knowledge/index.js';

const BATCHES = 'data/intents/batches';
const read = <T>(file: string): T[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

function tally(texts: string[], want: 'en' | 'es') {
  let right = 0;
  let undecided = 0;
  for (const t of texts) {
    const lang = detectLanguage(t).lang;
    if (lang === want) right++;
    else if (!lang) undecided++;
  }
  const wrong = texts.length - right - undecided;
  return `${texts.length} messages: ${right} ${want}, ${undecided} undecided (follow the conversation), ${wrong} read as the other language`;
}

const short = read<{ text: string; lang: 'en' | 'es' }>('bench/lang/messages.jsonl');
console.log(
  `short chat, Spanish: ${tally(
    short.filter((r) => r.lang === 'es').map((r) => r.text),
    'es',
  )}`,
);
console.log(
  `short chat, English: ${tally(
    short.filter((r) => r.lang === 'en').map((r) => r.text),
    'en',
  )}`,
);

const rows = readdirSync(BATCHES)
  .filter((f) => f.endsWith('.jsonl'))
  .flatMap((f) => read<{ q: string; lang?: string; city: string }>(`${BATCHES}/${f}`));
const spanish = rows.filter((r) => r.lang === 'es');
console.log(
  `labelled batches, Spanish: ${tally(
    spanish.map((r) => r.q),
    'es',
  )}`,
);
console.log(
  `labelled batches, English: ${tally(
    rows.filter((r) => r.lang !== 'es').map((r) => r.q),
    'en',
  )}`,
);

const all = rows.map((r) => r.q);
const t0 = performance.now();
for (let i = 0; i < 5; i++) for (const q of all) detectLanguage(q);
console.log(
  `detector speed: ${(((performance.now() - t0) / (5 * all.length)) * 1000).toFixed(1)} µs per message`,
);

const engine = createEngine({ cities: loadCities() });
let inSpanish = 0;
let city = 0;
for (const r of spanish) {
  const reply = await engine.ask({ text: r.q });
  inSpanish += +(reply.lang === 'es');
  city += +(reply.city === r.city);
}
const pct = (n: number) => `${((100 * n) / spanish.length).toFixed(1)}%`;
console.log(
  `engine on the ${spanish.length} Spanish batch questions (each alone): answered in Spanish ${pct(inSpanish)}, right city ${pct(city)}`,
);
