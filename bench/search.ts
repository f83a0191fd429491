/**
 * Live-search overhead against the loopback fake portal answering after 100 ms.
 * The fake runs in a child process so its own work and timers are not counted as ours.
 * Run: npx tsx bench/search.ts
 */
import { fork } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { Agent, fetch } from 'undici';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { createDatasetSearch } from '../src/search/index.js';
import { CITY_PORTALS } from '../test/fakes/portalFixtures.js';

const UPSTREAM_MS = 100;

function stats(samples: number[]): { median: number; p99: number; max: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: at(0.5), p99: at(0.99), max: sorted[sorted.length - 1]! };
}
const ms = (n: number) => `${n.toFixed(3)} ms`;

const child = fork(new URL('../test/fakes/portalProcess.ts', import.meta.url), {
  execArgv: ['--import', 'tsx'],
  env: { ...process.env, FAKE_LATENCY_MS: String(UPSTREAM_MS) },
});
const fakeUrl = await new Promise<string>((resolve) =>
  child.once('message', (m) => resolve((m as { url: string }).url)),
);
const config = loadConfig({ UPSTREAM_OVERRIDE: fakeUrl });
const search = createDatasetSearch({ config, logger: createLogger('silent', { pretty: false }) });
const KC = CITY_PORTALS['kansas-city'];
const LA = CITY_PORTALS['los-angeles'];

// Warm up the connection pool and JIT.
for (let i = 0; i < 20; i++) await search.search(KC, `warm ${i}`);

async function overhead(label: string, portals: typeof KC, runs: number): Promise<void> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const out = await search.search(portals, `${label} query ${i}`);
    samples.push(performance.now() - t - UPSTREAM_MS);
    if (!out.ok) throw new Error(`search failed: ${out.message}`);
  }
  const s = stats(samples);
  console.log(
    `${label}: uncached search overhead (end-to-end minus ${UPSTREAM_MS} ms upstream), n=${runs}: median ${ms(s.median)}, p99 ${ms(s.p99)} (target < 20 ms)`,
  );
}

{
  // Baseline: a bare undici fetch + JSON.parse of the same kind of request, no search code at all.
  const agent = new Agent({ keepAliveTimeout: 10_000 });
  const samples: number[] = [];
  for (let i = 0; i < 220; i++) {
    const t = performance.now();
    const res = await fetch(
      `${fakeUrl}/api.us.socrata.com/api/catalog/v1?domains=data.kcmo.org&q=raw${i}&limit=10`,
      {
        dispatcher: agent,
      },
    );
    JSON.parse(await res.text());
    if (i >= 20) samples.push(performance.now() - t - UPSTREAM_MS);
  }
  await agent.close();
  const s = stats(samples);
  console.log(
    `baseline: bare undici fetch + JSON.parse minus ${UPSTREAM_MS} ms, n=200: median ${ms(s.median)}, p99 ${ms(s.p99)}`,
  );
}

await overhead('kansas-city (1 portal)', KC, 200);
await overhead('los-angeles (2 portals)', LA, 200);

{
  await search.search(LA, 'crime');
  const samples: number[] = [];
  for (let i = 0; i < 2000; i++) {
    const t = performance.now();
    await search.search(LA, 'crime');
    samples.push(performance.now() - t);
  }
  const s = stats(samples);
  console.log(
    `cache hit (los-angeles, 2 portals), n=2000: median ${ms(s.median)}, p99 ${ms(s.p99)} (target < 1 ms)`,
  );
}

{
  await search.suggest(LA, 'cri');
  await new Promise((r) => setTimeout(r, 300));
  const samples: number[] = [];
  for (let i = 0; i < 2000; i++) {
    const t = performance.now();
    await search.suggest(LA, 'cri');
    samples.push(performance.now() - t);
  }
  const s = stats(samples);
  console.log(
    `suggest from cache (los-angeles), n=2000: median ${ms(s.median)}, p99 ${ms(s.p99)} (target well under 100 ms)`,
  );
}

{
  const budget = config.SEARCH_BUDGET_MS;
  const cities = [KC, LA, CITY_PORTALS.miami];
  const t0 = performance.now();
  const results = await Promise.all(
    Array.from({ length: 100 }, async (_, i) => {
      const t = performance.now();
      const out = await search.search(cities[i % 3]!, `concurrent distinct ${i}`);
      return { ok: out.ok, ms: performance.now() - t };
    }),
  );
  const wall = performance.now() - t0;
  const s = stats(results.map((r) => r.ms));
  const answered = results.filter((r) => r.ok).length;
  const late = results.filter((r) => r.ms > budget).length;
  console.log(
    `100 concurrent distinct searches (3 cities, per-host limit 8): answered ${answered}/100, past the ${budget} ms budget ${late}; ` +
      `median ${ms(s.median)}, p99 ${ms(s.p99)}, max ${ms(s.max)}, wall ${ms(wall)}`,
  );
}

await search.close();
child.send('close');
