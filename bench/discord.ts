// Discord adapter latency on loopback: INTERACTION_CREATE dispatch -> interaction callback (the
// deferral Discord needs within 3 s) and -> the edited answer, through the real discord.js client.
// Run: npx tsx bench/discord.ts
import { pino } from 'pino';
import { startDiscordBot } from '../src/bots/discord/index.js';
import { createRateLimiter } from '../src/bots/rateLimit.js';
import { loadConfig } from '../src/config.js';
import { createEngine } from '../src/intents/index.js';
import type { Engine } from '../src/intents/types.js';
import { loadCities } from '../src/knowledge/index.js';
import { IDS, type RecordedRequest, slashCommand, startDiscordStandIn } from '../test/fakes/discord.js';
import { createFakeEngine } from '../test/fakes/discordEngine.js';
import { fmt, summarize } from './stats.js';

const N = 200;
const QUESTIONS = [
  'Who do I contact about Kansas City data?',
  'How do I get an API key in Miami?',
  'what about LA?',
];

function summary(label: string, values: number[]): string {
  const { median, p99, max, n } = summarize(values);
  return `${label}: median ${fmt(median)}, p99 ${fmt(p99)}, max ${fmt(max)} (n=${n})`;
}

async function run(name: string, engine: Engine) {
  const standIn = await startDiscordStandIn();
  const bot = await startDiscordBot({
    config: loadConfig({
      DISCORD_TOKEN: 'bench.token.not-secret',
      DISCORD_APPLICATION_ID: IDS.application,
      DISCORD_API_URL: standIn.apiUrl,
    }),
    engine,
    logger: pino({ level: 'silent' }),
    rateLimiter: createRateLimiter({ capacity: 1e9, refillPerSecond: 1e9 }),
  });
  const toCallback: number[] = [];
  const toAnswer: number[] = [];
  const byToken = (token: string, kind: 'callback' | 'edit') => (r: RecordedRequest) =>
    kind === 'callback'
      ? r.route.endsWith(`/${token}/callback`)
      : r.route.endsWith(`/${token}/messages/@original`);

  // Warm-up, not measured: first-use JIT and connection setup.
  for (let i = 0; i < 10; i++) {
    const w = slashCommand('opendata', 'ask', { question: QUESTIONS[i % QUESTIONS.length]! });
    standIn.dispatch('INTERACTION_CREATE', w);
    await standIn.waitForRequest(byToken(w.token, 'edit'));
  }
  for (let i = 0; i < N; i++) {
    const interaction = slashCommand('opendata', 'ask', { question: QUESTIONS[i % QUESTIONS.length]! });
    const sent = standIn.dispatch('INTERACTION_CREATE', interaction);
    const [cb, edit] = await Promise.all([
      standIn.waitForRequest(byToken(interaction.token, 'callback')),
      standIn.waitForRequest(byToken(interaction.token, 'edit')),
    ]);
    toCallback.push(cb.at - sent);
    toAnswer.push(edit.at - sent);
  }

  // Paced at 20 interactions/s, under discord.js's own client-side limit of 50 REST calls/s (the
  // webhook edits count towards it; interaction callbacks do not), which sets the tail above.
  const paced: number[] = [];
  for (let i = 0; i < N; i++) {
    const interaction = slashCommand('opendata', 'ask', { question: QUESTIONS[i % QUESTIONS.length]! });
    const sent = standIn.dispatch('INTERACTION_CREATE', interaction);
    paced.push((await standIn.waitForRequest(byToken(interaction.token, 'edit'))).at - sent);
    await new Promise((r) => setTimeout(r, 50));
  }

  // A burst: all 200 dispatched at once, as a busy hackathon channel might.
  const burst = Array.from({ length: N }, (_, i) =>
    slashCommand(
      'opendata',
      'ask',
      { question: QUESTIONS[i % QUESTIONS.length]! },
      { userId: `${1200000000000000000n + BigInt(i)}` },
    ),
  );
  const burstSent = burst.map((b) => ({ b, sent: standIn.dispatch('INTERACTION_CREATE', b) }));
  const burstCb = await Promise.all(
    burstSent.map(
      async ({ b, sent }) => (await standIn.waitForRequest(byToken(b.token, 'callback'))).at - sent,
    ),
  );
  const failures = standIn.requests.filter((r) => r.status >= 400).length;

  console.log(`\n[${name}]`);
  console.log(summary('dispatch -> interaction callback (sequential)', toCallback));
  console.log(summary('dispatch -> edited answer      (sequential)', toAnswer));
  console.log(summary('dispatch -> edited answer      (paced, 20/s)', paced));
  console.log(summary('dispatch -> interaction callback (burst of 200)', burstCb));
  console.log(`rejected requests at the stand-in: ${failures}`);
  await bot.stop();
  await standIn.close();
}

await run('fake engine (adapter + discord.js overhead)', createFakeEngine());
await run('real engine, city files, no live search', createEngine({ cities: loadCities() }));
const mem = process.memoryUsage();
console.log(
  `\nRSS after ${2 * (3 * N + 10)} interactions: ${(mem.rss / 1048576).toFixed(1)} MiB (heap used ${(mem.heapUsed / 1048576).toFixed(1)} MiB)`,
);
