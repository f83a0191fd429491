import { once } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { type FakePortal, startFakePortal } from './fakes/portal.js';
import { BOT_USER_ID, startSlackStandIn } from './fakes/slackApi.js';
import { eventPayload, postSigned, SIGNING_SECRET } from './fakes/slackSigning.js';
import { freePort, startMain } from './helpers/main.js';

/** Issue 11, finding 3, end to end: `npm start` from source, a slow portal, a real SIGTERM. */

const cleanups: (() => Promise<unknown> | unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

describe('npm start: SIGTERM while an acknowledged answer waits on the portal', () => {
  it('GIVEN a mention acked and its portal search in flight WHEN SIGTERM THEN new work gets 503, the answer is still posted, and the process exits 0', async () => {
    const portal: FakePortal = await startFakePortal({ latencyMs: 1500 });
    cleanups.push(() => portal.close());
    const slack = await startSlackStandIn();
    cleanups.push(() => slack.close());
    const port = await freePort();
    const { child, out } = startMain({
      LOG_LEVEL: 'info',
      SLACK_BOT_TOKEN: 'xoxb-shutdown-test-token',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: slack.apiUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      UPSTREAM_OVERRIDE: portal.url,
      SEARCH_BUDGET_MS: '8000',
      SHUTDOWN_GRACE_MS: '8000',
    });
    cleanups.push(() => child.kill('SIGKILL'));
    const exited = once(child, 'exit');
    const appUrl = `http://127.0.0.1:${port}`;
    const mention = (ts: string) => ({
      type: 'app_mention',
      user: 'U0USER77',
      text: `<@${BOT_USER_ID}> any parking citation datasets in LA?`,
      ts,
      channel: 'C0DRAIN1',
      event_ts: ts,
    });

    let status = 0;
    for (let i = 0; i < 150 && status !== 200; i++) {
      status = await postSigned(appUrl, eventPayload(mention('1700000500.000001'))).then(
        (r) => r.status,
        () => 0,
      );
      if (status !== 200) await new Promise((r) => setTimeout(r, 100));
    }
    expect(status, out.stderr).toBe(200);
    // The answer is now waiting on the slow portal: the deploy's SIGTERM arrives.
    for (let i = 0; i < 100 && portal.requests.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
    expect(portal.requests.length).toBeGreaterThan(0);
    expect(slack.posts().filter((p) => p.args.channel === 'C0DRAIN1')).toEqual([]);
    child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 200));

    const late = await postSigned(appUrl, eventPayload(mention('1700000500.000002'))).then(
      (r) => r.status,
      () => 0,
    );
    expect(late).toBe(503);

    const [code] = await exited;
    expect(code, out.stderr).toBe(0);
    const posts = slack.posts().filter((p) => p.args.channel === 'C0DRAIN1');
    expect(posts.map((p) => p.args.thread_ts)).toEqual(['1700000500.000001']);
    expect(JSON.stringify(posts[0]?.args.blocks)).toMatch(/parking/i);
    expect(out.stderr).toMatch(/shutting down/);
    expect(out.stderr).toMatch(/"msg":"stopped"/);
    expect(out.stderr).not.toContain('xoxb-shutdown-test-token');
  });
});
