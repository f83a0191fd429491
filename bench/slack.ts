/**
 * Ack latency of the Slack app under a burst: 200 concurrent signed `/opendata` commands on loopback, against
 * the real Bolt HTTP receiver and the real engine. Prints median and p99 for the ack (what Slack's 3 s limit
 * applies to) and for the answer arriving at the response_url, then the app process's RSS.
 *
 * "Slack" (the Web API stand-in, the response_url receiver and the load generator) runs in a child process,
 * so its work does not share the app's event loop and the figures are the app's.
 *
 *   npx tsx bench/slack.ts [concurrency]
 */
import { type ChildProcess, fork } from 'node:child_process';
import { Agent, request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { startSlackBot } from '../src/bots/slack/index.js';
import { loadConfig } from '../src/config.js';
import { createEngine } from '../src/intents/index.js';
import { loadCities } from '../src/knowledge/index.js';
import { startSlackStandIn } from '../test/fakes/slackApi.js';
import { commandPayload, SIGNING_SECRET, signatureHeaders } from '../test/fakes/slackSigning.js';

const CONCURRENCY = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 200);
const WARM_UP = 20;
const QUESTIONS = [
  'how do I get an API key in Miami?',
  'search kansas city crime',
  'who do I contact in Los Angeles?',
  'dataset miami abcd-1234',
  'what are the fees in Kansas City?',
  'help',
];

interface BurstResult {
  acks: number[];
  answers: number[];
  statuses: Record<number, number>;
}

function percentile(sorted: number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}
const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
const summary = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return `median ${fmt(percentile(s, 50))}, p99 ${fmt(percentile(s, 99))}, max ${fmt(s.at(-1)!)}`;
};

// ---- the Slack side (child process) ----

const agent = new Agent({ keepAlive: true, maxSockets: Number.POSITIVE_INFINITY });

/** One signed POST over node:http, timed from the write to the response (the ack). */
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

async function slackSide() {
  const slack = await startSlackStandIn();
  const arrivals = new Map<string, number>();
  const push = slack.responses.push.bind(slack.responses);
  slack.responses.push = (...items) => {
    for (const item of items) arrivals.set(item.id, performance.now());
    return push(...items);
  };

  /** Fires n commands at once; payloads are built and signed before the clock starts. */
  async function burst(appUrl: string, tag: string, n: number): Promise<BurstResult> {
    const requests = Array.from({ length: n }, (_, i) => {
      const id = `${tag}-${i}`;
      const payload = commandPayload({
        text: QUESTIONS[i % QUESTIONS.length]!,
        responseUrl: slack.responseUrl(id),
        // One user each: the per-user rate limit is not what this measures.
        user: `U${tag.toUpperCase()}${String(i).padStart(5, '0')}`,
      });
      return {
        id,
        body: payload.body,
        headers: { 'content-type': payload.contentType, ...signatureHeaders(payload.body) },
      };
    });
    const started = new Map<string, number>();
    const results = await Promise.all(
      requests.map((r) => {
        started.set(r.id, performance.now());
        return post(appUrl, r.body, r.headers);
      }),
    );
    await slack.waitFor(() => (requests.every((r) => arrivals.has(r.id)) ? true : undefined), 60_000);
    const statuses: Record<number, number> = {};
    for (const r of results) statuses[r.status] = (statuses[r.status] ?? 0) + 1;
    return {
      acks: results.map((r) => r.ms),
      answers: requests.map((r) => arrivals.get(r.id)! - started.get(r.id)!),
      statuses,
    };
  }

  process.send!({ apiUrl: slack.apiUrl });
  process.on('message', async (m: { appUrl?: string; stop?: boolean }) => {
    if (m.stop) {
      await slack.close();
      agent.destroy();
      process.exit(0);
    }
    if (!m.appUrl) return;
    await burst(m.appUrl, 'warm', WARM_UP);
    process.send!(await burst(m.appUrl, 'run', CONCURRENCY));
  });
}

// ---- the app side (this process) ----

function nextMessage<T>(child: ChildProcess): Promise<T> {
  return new Promise((resolve, reject) => {
    child.once('message', (m) => resolve(m as T));
    child.once('exit', (code) => reject(new Error(`the Slack side exited early (${code})`)));
  });
}

async function main() {
  // The child runs this same TypeScript file, so it needs tsx's loader too.
  const child = fork(fileURLToPath(import.meta.url), ['--slack-side', String(CONCURRENCY)], {
    execArgv: ['--import', 'tsx'],
  });
  const { apiUrl } = await nextMessage<{ apiUrl: string }>(child);
  const config = loadConfig({
    SLACK_BOT_TOKEN: 'xoxb-bench-token',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: apiUrl,
    PORT: '0',
    HOST: '127.0.0.1',
  });
  const bot = await startSlackBot({
    config,
    engine: createEngine({ cities: loadCities() }),
    logger: pino({ level: 'silent' }),
    options: { retries: 0, timeoutMs: 5000 },
  });

  const result = nextMessage<BurstResult>(child);
  const cpu0 = process.cpuUsage();
  const wall0 = performance.now();
  child.send({ appUrl: `http://127.0.0.1:${bot.port}` });
  const { acks, answers, statuses } = await result;
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const wallMs = performance.now() - wall0;
  const rssMb = process.memoryUsage().rss / 1024 / 1024;

  console.log(
    `Slack: ${CONCURRENCY} concurrent signed /opendata commands on loopback (real Bolt + real engine)`,
  );
  console.log(`  HTTP statuses:  ${JSON.stringify(statuses)}`);
  console.log(`  ack latency:    ${summary(acks)}`);
  console.log(`  answer latency: ${summary(answers)} (until the response_url post arrives)`);
  console.log(`  acks at or over Slack's 3 s limit: ${acks.filter((a) => a >= 3000).length}`);
  console.log(
    `  app process CPU during warm-up + run: ${cpuMs.toFixed(0)} ms over ${wallMs.toFixed(0)} ms wall (${(cpuMs / (WARM_UP + CONCURRENCY)).toFixed(1)} ms per command)`,
  );
  console.log(`  app process RSS afterwards: ${rssMb.toFixed(1)} MB`);

  await bot.stop();
  child.send({ stop: true });
}

if (process.argv.includes('--slack-side')) {
  void slackSide();
} else {
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
