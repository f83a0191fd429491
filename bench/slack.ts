/**
 * Ack latency of the Slack app under a burst: 200 concurrent signed `/opendata` commands on loopback, against
 * the real Bolt HTTP receiver and the real engine, with the Slack stand-in taking the response_url posts.
 * Prints median and p99 for the ack (what Slack's 3 s limit applies to) and for the full answer, then RSS.
 *
 *   npx tsx bench/slack.ts [concurrency]
 */
import { fork } from 'node:child_process';
import { Agent, request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { startSlackBot } from '../src/bots/slack/index.js';
import { loadConfig } from '../src/config.js';
import { createEngine } from '../src/intents/index.js';
import { loadCities } from '../src/knowledge/index.js';
import { startSlackStandIn } from '../test/fakes/slackApi.js';
import { commandPayload, SIGNING_SECRET, signatureHeaders } from '../test/fakes/slackSigning.js';

const CONCURRENCY = Number(process.argv[2] ?? 200);
const QUESTIONS = [
  'how do I get an API key in Miami?',
  'search kansas city crime',
  'who do I contact in Los Angeles?',
  'dataset miami abcd-1234',
  'what are the fees in Kansas City?',
  'help',
];

function percentile(sorted: number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}
const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

/**
 * The load generator runs in a child process so its own HTTP work does not share the app's event loop;
 * the figures are then the app's, not the client's.
 */
/** One signed POST over node:http, timed from the write to the response headers (the ack). */
function post(
  appUrl: string,
  body: string,
  headers: Record<string, string>,
): Promise<{ status: number; ms: number }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const req = request(`${appUrl}/slack/events`, { method: 'POST', agent, headers }, (res) => {
      const ms = performance.now() - t0;
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, ms }));
    });
    req.on('error', reject);
    req.end(body);
  });
}
const agent = new Agent({ keepAlive: true, maxSockets: Number.POSITIVE_INFINITY });

/**
 * Fires n signed commands at once. Payloads are built and signed before the clock starts, and the requests
 * go out over plain node:http, so the figures are the app's latency rather than the generator's overhead.
 */
async function burst(appUrl: string, responseBase: string, tag: string, n: number) {
  const requests = Array.from({ length: n }, (_, i) => {
    const id = `${tag}-${i}`;
    const payload = commandPayload({
      text: QUESTIONS[i % QUESTIONS.length]!,
      responseUrl: `${responseBase}/response/${id}`,
      // One user each: the per-user rate limit is not what this measures.
      user: `U${tag.toUpperCase()}${String(i).padStart(5, '0')}`,
    });
    const headers = { 'content-type': payload.contentType, ...signatureHeaders(payload.body) };
    return { id, body: payload.body, headers };
  });
  const startedAt: Record<string, number> = {};
  const results = await Promise.all(
    requests.map((r) => {
      startedAt[r.id] = performance.timeOrigin + performance.now();
      return post(appUrl, r.body, r.headers);
    }),
  );
  const statuses: Record<number, number> = {};
  for (const r of results) statuses[r.status] = (statuses[r.status] ?? 0) + 1;
  return { acks: results.map((r) => r.ms), statuses, startedAt };
}

type BurstResult = Awaited<ReturnType<typeof burst>>;

function runInWorker(appUrl: string, responseBase: string, tag: string, n: number): Promise<BurstResult> {
  return new Promise((resolve, reject) => {
    // The generator runs this same TypeScript file, so it needs tsx's loader too.
    const child = fork(fileURLToPath(import.meta.url), ['--generate'], { execArgv: ['--import', 'tsx'] });
    child.once('message', (m) => {
      resolve(m as BurstResult);
      child.kill();
    });
    child.once('error', reject);
    child.send({ appUrl, responseBase, tag, n });
  });
}

async function main() {
  const slack = await startSlackStandIn();
  const config = loadConfig({
    SLACK_BOT_TOKEN: 'xoxb-bench-token',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slack.apiUrl,
    PORT: '0',
    HOST: '127.0.0.1',
  });
  const arrivals = new Map<string, number>();
  const origPush = slack.responses.push.bind(slack.responses);
  slack.responses.push = (...items) => {
    for (const item of items) arrivals.set(item.id, performance.timeOrigin + performance.now());
    return origPush(...items);
  };
  const answered = (tag: string, n: number) =>
    slack.waitFor(
      () => (slack.responses.filter((r) => r.id.startsWith(`${tag}-`)).length >= n ? true : undefined),
      60_000,
    );

  const bot = await startSlackBot({
    config,
    engine: createEngine({ cities: loadCities() }),
    logger: pino({ level: 'silent' }),
    options: { retries: 0, timeoutMs: 5000 },
  });
  const appUrl = `http://127.0.0.1:${bot.port}`;

  await runInWorker(appUrl, slack.base, 'warm', 20);
  await answered('warm', 20);
  const { acks, statuses, startedAt } = await runInWorker(appUrl, slack.base, 'run', CONCURRENCY);
  await answered('run', CONCURRENCY);
  const answers = Object.entries(startedAt).map(([id, t0]) => arrivals.get(id)! - t0);

  acks.sort((a, b) => a - b);
  answers.sort((a, b) => a - b);
  const rssMb = process.memoryUsage().rss / 1024 / 1024;
  console.log(
    `Slack: ${CONCURRENCY} concurrent signed /opendata commands on loopback (real Bolt + real engine)`,
  );
  console.log(`  HTTP statuses: ${JSON.stringify(statuses)}`);
  console.log(
    `  ack latency:    median ${fmt(percentile(acks, 50))}, p99 ${fmt(percentile(acks, 99))}, max ${fmt(acks.at(-1)!)}`,
  );
  console.log(
    `  answer latency: median ${fmt(percentile(answers, 50))}, p99 ${fmt(percentile(answers, 99))}, max ${fmt(answers.at(-1)!)} (until the response_url post)`,
  );
  console.log(`  acks over Slack's 3 s limit: ${acks.filter((a) => a >= 3000).length}`);
  console.log(
    `  RSS afterwards: ${rssMb.toFixed(1)} MB (the app's process, which also hosts the Slack stand-in)`,
  );

  await bot.stop();
  await slack.close();
}

if (process.argv.includes('--generate')) {
  process.once('message', (m) => {
    const { appUrl, responseBase, tag, n } = m as {
      appUrl: string;
      responseBase: string;
      tag: string;
      n: number;
    };
    void burst(appUrl, responseBase, tag, n).then((result) => process.send!(result));
  });
} else {
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
