// Engine figures: accuracy on the development questions, in-process latency, `ask --jsonl`
// throughput, CLI cold start and peak RSS. Run after `npm run build` (npm run bench does both).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { renderText } from '../src/bots/terminal/renderText.js';
import { createEngine } from '../src/intents/index.js';
import { loadCities } from '../src/knowledge/index.js';
import { fmt, percentile, summarize } from './stats.js';

const CLI = 'dist/civic-data-bot.mjs';
// Benches never reach the internet: dataset searches go to a closed loopback port (answered at once).
const env = { ...process.env, UPSTREAM_OVERRIDE: 'http://127.0.0.1:9' };
const DEV = process.env.DEV_SET ?? '../shared/eval/dev.jsonl';

interface Labelled {
  q: string;
  intent: string;
  city: string | null;
  must: string[];
}

async function accuracy(file: string) {
  const engine = createEngine({ cities: loadCities() });
  const rows = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Labelled);
  let intent = 0;
  let city = 0;
  let both = 0;
  let facts = 0;
  let factsTotal = 0;
  let oos = 0;
  let oosTotal = 0;
  const lengths: number[] = [];
  let points = 0;
  for (const row of rows) {
    const r = await engine.ask({ text: row.q });
    // Issue 10: the answer text a user reads first (the --json `text`), and how many points it shows.
    lengths.push(renderText(r.answer).length);
    points = Math.max(points, r.answer.points.length);
    const okI = r.intent === row.intent;
    const okC = row.city === null || r.city === row.city;
    intent += +okI;
    city += +okC;
    both += +(okI && okC);
    if (row.intent === 'out_of_scope') {
      oosTotal++;
      oos += +(r.intent === 'out_of_scope');
    }
    if (row.must?.length) {
      factsTotal++;
      const text = renderText(r.answer);
      facts += +row.must.every((m) => new RegExp(m, 'i').test(text));
    }
  }
  const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)}%`;
  console.log(
    `accuracy (${file}, n=${rows.length}): intent ${pct(intent, rows.length)}, city ${pct(city, rows.length)}, both ${pct(both, rows.length)}, facts ${factsTotal ? pct(facts, factsTotal) : 'n/a'}, out-of-scope ${oos}/${oosTotal}`,
  );
  const sorted = lengths.sort((a, b) => a - b);
  console.log(
    `answer text (${file}): median ${percentile(sorted, 50)} chars, p90 ${percentile(sorted, 90)}, max ${sorted.at(-1)} (targets: median <= 700, p90 <= 1100); at most ${points} points shown`,
  );
  return rows.map((r) => r.q);
}

/** Multi-turn checks: lines with the same `conversation` share context, in order. */
async function conversations(file: string) {
  const engine = createEngine({ cities: loadCities() });
  const rows = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Labelled & { conversation: string });
  let ok = 0;
  for (const row of rows) {
    const r = await engine.ask({ text: row.q, conversation: row.conversation });
    ok += +(r.intent === row.intent && r.city === row.city);
  }
  console.log(`conversations (${file}): ${ok}/${rows.length} turns with the right intent and city`);
}

async function latency(questions: string[]) {
  const engine = createEngine({ cities: loadCities() });
  for (let i = 0; i < 10; i++) for (const q of questions) await engine.ask({ text: q }); // warm up the JIT
  const samples: number[] = [];
  for (let round = 0; round < 30; round++) {
    for (const q of questions) {
      const t = performance.now();
      await engine.ask({ text: q, conversation: `b${round}` });
      samples.push(performance.now() - t);
    }
  }
  const s = summarize(samples);
  console.log(
    `engine latency in-process (n=${s.n}): median ${fmt(s.median)}, p99 ${fmt(s.p99)}, max ${fmt(s.max)}`,
  );
}

/** Peak RSS of a child, read from /proc while it runs (VmHWM only grows). */
function watchPeak(pid: number): () => number {
  let peak = 0;
  const read = () => {
    try {
      const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (m) peak = Math.max(peak, Number(m[1]) / 1024);
    } catch {
      // The process has exited.
    }
  };
  const timer = setInterval(read, 5);
  return () => {
    clearInterval(timer);
    return peak;
  };
}

/** One `ask --jsonl` run over `questions` (files on both ends, as a batch job would run it). */
async function jsonlRun(questions: string[]): Promise<{ perSecond: number; peakMb: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'civic-bench-'));
  const inFile = join(dir, 'in.txt');
  const outFile = join(dir, 'out.jsonl');
  writeFileSync(inFile, questions.join('\n'));
  const t = performance.now();
  const child = spawn(process.execPath, [CLI, 'ask', '--jsonl'], {
    stdio: [openSync(inFile, 'r'), openSync(outFile, 'w'), 'inherit'],
    env,
  });
  const stop = watchPeak(child.pid!);
  await new Promise((r) => child.on('close', r));
  const peakMb = stop();
  const secs = (performance.now() - t) / 1000;
  const lines = readFileSync(outFile, 'utf8').split('\n').filter(Boolean).length;
  rmSync(dir, { recursive: true, force: true });
  if (lines !== questions.length)
    throw new Error(`ask --jsonl answered ${lines} of ${questions.length} lines`);
  return { perSecond: lines / secs, peakMb };
}

/**
 * Throughput, median of three runs (this machine is shared): the dev questions over and over, and
 * the 9,000 distinct labelled questions once each, where caches help far less.
 */
async function throughput(questions: string[]) {
  const n = 20_000;
  const sets: [string, string[]][] = [
    [`${n} dev questions, repeated`, Array.from({ length: n }, (_, i) => questions[i % questions.length]!)],
    ['every labelled question once', labelledQuestions()],
  ];
  for (const [name, set] of sets) {
    const runs = [];
    for (let i = 0; i < 3; i++) runs.push(await jsonlRun(set));
    const rates = runs.map((r) => r.perSecond).sort((a, b) => a - b);
    const peak = Math.max(...runs.map((r) => r.peakMb));
    console.log(
      `ask --jsonl (${name}, ${set.length} lines): median ${Math.round(rates[1]!)} questions/s ` +
        `(runs ${rates.map(Math.round).join(', ')}); peak RSS ${peak.toFixed(0)} MB`,
    );
  }
}

/** The questions of every labelled batch, one per line (line breaks inside a question become spaces). */
function labelledQuestions(): string[] {
  const dir = 'data/intents/batches';
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) =>
      readFileSync(join(dir, f), 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => (JSON.parse(l) as { q: string }).q.replace(/\s+/g, ' ')),
    )
    .filter((q) => q.trim());
}

function coldStart() {
  const samples: number[] = [];
  for (let i = 0; i < 15; i++) {
    const t = performance.now();
    spawnSync(process.execPath, [CLI, 'ask', 'who do I contact in Kansas City?'], { stdio: 'ignore', env });
    samples.push(performance.now() - t);
  }
  const s = summarize(samples);
  console.log(`civic-data-bot ask cold start (n=${s.n}): median ${fmt(s.median)}, p99 ${fmt(s.p99)}`);
}

// The labelled batches are training data now: their first-run figures are in data/intents/LEDGER.md.
for (const f of readdirSync('data/intents/conversations').filter((f) =>
  /^conversations\d+\.jsonl$/.test(f),
)) {
  await conversations(`data/intents/conversations/${f}`);
}
const questions = existsSync(DEV)
  ? await accuracy(DEV)
  : ['who do I contact in KC?', 'LA fees?', 'any 311 data in miami?'];
await latency(questions);
if (existsSync(CLI)) {
  await throughput(questions);
  coldStart();
} else console.log(`(build first: ${CLI} is missing, so throughput and cold start were skipped)`);
