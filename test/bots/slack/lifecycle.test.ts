import { afterEach, describe, expect, it } from 'vitest';
import { createDeduper } from '../../../src/bots/slack/dedupe.js';
import type { Engine } from '../../../src/intents/types.js';
import { BOT_USER_ID, TEAM_ID } from '../../fakes/slackApi.js';
import { createFakeEngine } from '../../fakes/slackEngine.js';
import { commandPayload, eventPayload, postSigned } from '../../fakes/slackSigning.js';
import { startHarness } from './harness.js';

type Harness = Awaited<ReturnType<typeof startHarness>>;
let h: Harness | undefined;
afterEach(async () => {
  await h?.stop().catch(() => undefined);
  h = undefined;
});

/** The fake engine, but `ask` waits until the test lets it answer. */
function heldEngine() {
  const fake = createFakeEngine();
  let release: () => void = () => undefined;
  const held = new Promise<void>((r) => {
    release = r;
  });
  let started = 0;
  const engine: Engine = {
    ...fake.engine,
    async ask(q) {
      started++;
      await held;
      return fake.engine.ask(q);
    },
  };
  return { engine, fake, release: () => release(), started: () => started };
}

const mention = (ts: string, text = 'kc fees?') => ({
  type: 'app_mention',
  user: 'U0USER001',
  text: `<@${BOT_USER_ID}> ${text}`,
  ts,
  channel: 'C0LIFE01',
  event_ts: ts,
});

describe('Slack HTTP health endpoints', () => {
  it('GIVEN a started app THEN /healthz and /readyz answer 200 without a signature', async () => {
    h = await startHarness({ engine: createFakeEngine().engine });
    const health = await fetch(`${h.appUrl}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${h.appUrl}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });
});

describe('Slack HTTP graceful stop (issue 11, finding 3)', () => {
  it('GIVEN an acknowledged mention still being answered WHEN stopping THEN new work gets 503, readyz says draining, and the answer is posted before stop resolves', async () => {
    const held = heldEngine();
    h = await startHarness({ engine: held.engine });
    expect((await postSigned(h.appUrl, eventPayload(mention('1700000001.000001')))).status).toBe(200);
    await h.slack.waitFor(() => (held.started() > 0 ? true : undefined));

    let stopped = false;
    const stopping = h.bot.stop().then(() => {
      stopped = true;
    });
    await new Promise((r) => setTimeout(r, 50));
    const late = await postSigned(h.appUrl, eventPayload(mention('1700000002.000002')));
    expect(late.status).toBe(503);
    const ready = await fetch(`${h.appUrl}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'draining' });
    expect((await fetch(`${h.appUrl}/healthz`)).status).toBe(200);
    expect(stopped).toBe(false);

    held.release();
    await stopping;
    const posts = h.slack.posts().filter((p) => p.args.channel === 'C0LIFE01');
    expect(posts.map((p) => p.args.thread_ts)).toEqual(['1700000001.000001']);
    expect(held.fake.calls).toHaveLength(1);
  });
});

describe('Slack Socket Mode graceful stop (issue 11, finding 3)', () => {
  it('GIVEN an acknowledged event still being answered WHEN stopping THEN the socket closes at once and the answer is still posted', async () => {
    const held = heldEngine();
    h = await startHarness({ engine: held.engine, socketMode: true });
    await h.slack.waitFor(() => (h!.slack.connected() === 1 ? true : undefined));
    h.slack.sendEnvelope({
      envelope_id: 'env-drain-1',
      type: 'events_api',
      accepts_response_payload: false,
      payload: {
        team_id: TEAM_ID,
        api_app_id: 'A0TEST',
        type: 'event_callback',
        event_id: 'Ev0DRAIN01',
        event_time: 1700000000,
        event: mention('1700000010.000001'),
      },
    });
    await h.slack.waitFor(() => h!.slack.acks.find((a) => a.envelope_id === 'env-drain-1'));
    await h.slack.waitFor(() => (held.started() > 0 ? true : undefined));

    const stopping = h.bot.stop();
    for (let i = 0; i < 50 && h.slack.connected() > 0; i++) await new Promise((r) => setTimeout(r, 20));
    expect(h.slack.connected()).toBe(0);
    held.release();
    await stopping;
    const posts = h.slack.posts().filter((p) => p.args.channel === 'C0LIFE01');
    expect(posts.map((p) => p.args.thread_ts)).toEqual(['1700000010.000001']);
  });
});

describe('Slack request checks (issue 11, smaller findings)', () => {
  it('GIVEN a correctly signed request dated 10 minutes in the future THEN refused with 401 and not answered', async () => {
    const fake = createFakeEngine();
    h = await startHarness({ engine: fake.engine });
    const future = Math.floor(Date.now() / 1000) + 10 * 60;
    const res = await postSigned(h.appUrl, eventPayload(mention('1700000003.000003')), { timestamp: future });
    expect(res.status).toBe(401);
    await h.slack.settle();
    expect(fake.calls).toEqual([]);
  });

  it('GIVEN a signed slash command replayed within the signing window THEN answered once', async () => {
    const fake = createFakeEngine();
    h = await startHarness({ engine: fake.engine });
    const command = commandPayload({ text: 'kc fees?', responseUrl: h.slack.responseUrl('replayed') });
    expect((await postSigned(h.appUrl, command)).status).toBe(200);
    expect((await postSigned(h.appUrl, command)).status).toBe(200);
    await h.slack.waitFor(() => h!.slack.responses.find((r) => r.id === 'replayed'));
    await h.slack.settle(300);
    expect(h.slack.responses.filter((r) => r.id === 'replayed')).toHaveLength(1);
    expect(fake.calls).toHaveLength(1);
  });

  it('GIVEN Slack refuses a post with a body echoing a token THEN the error log carries no token', async () => {
    const fake = createFakeEngine();
    h = await startHarness({
      engine: fake.engine,
      standIn: {
        postMessageError: {
          error: 'channel_not_found',
          echo: 'xoxb-9999-8888-leakedtoken',
          request: 'token=xoxb-9999-8888-leakedtoken&channel=C1',
        },
      },
    });
    expect((await postSigned(h.appUrl, eventPayload(mention('1700000004.000004')))).status).toBe(200);
    for (let i = 0; i < 50 && !h.lines.some((l) => /Slack listener failed/.test(l)); i++)
      await new Promise((r) => setTimeout(r, 100));
    const logged = h.lines.join('\n');
    expect(logged).toMatch(
      /Slack listener failed.*channel_not_found|channel_not_found.*Slack listener failed/,
    );
    expect(logged).not.toContain('leakedtoken');
  });
});

describe('createDeduper (issue 11: a time window, not a count)', () => {
  it('GIVEN 30,000 other keys within the hour THEN the first is still refused; after the hour it is accepted', () => {
    let now = 1_000_000;
    const dedupe = createDeduper({ now: () => now });
    expect(dedupe.claim('event:first')).toBe(true);
    for (let i = 0; i < 30_000; i++) dedupe.claim(`event:${i}`);
    now += 59 * 60 * 1000;
    expect(dedupe.claim('event:first')).toBe(false);
    now += 2 * 60 * 1000;
    expect(dedupe.claim('event:first')).toBe(true);
  });
});
