import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/config.js';
import { BOT_USER_ID, TEAM_ID } from '../../fakes/slackApi.js';
import { createFakeEngine } from '../../fakes/slackEngine.js';
import { APP_TOKEN, startHarness } from './harness.js';

type Harness = Awaited<ReturnType<typeof startHarness>>;

function eventsApiEnvelope(envelopeId: string, eventId: string, event: Record<string, unknown>, retry = 0) {
  return {
    envelope_id: envelopeId,
    type: 'events_api',
    accepts_response_payload: false,
    retry_attempt: retry,
    retry_reason: retry ? 'timeout' : '',
    payload: {
      team_id: TEAM_ID,
      api_app_id: 'A0TEST',
      type: 'event_callback',
      event_id: eventId,
      event_time: 1700000000,
      event,
    },
  };
}

describe('Slack Socket Mode', () => {
  let h: Harness;
  const fake = createFakeEngine();

  beforeAll(async () => {
    h = await startHarness({ engine: fake.engine, socketMode: true });
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('opens the connection through apps.connections.open with the app token', () => {
    const open = h.slack.calls.find((c) => c.method === 'apps.connections.open');
    expect(open?.authorization).toBe(`Bearer ${APP_TOKEN}`);
    expect(h.slack.connected()).toBe(1);
    expect(h.bot.port).toBeUndefined();
  });

  it('acks an events_api envelope and answers the mention in its thread', async () => {
    const event = {
      type: 'app_mention',
      user: 'U0USER001',
      text: `<@${BOT_USER_ID}> contact in miami`,
      ts: '1700000300.000001',
      channel: 'C0SOCKET1',
    };
    h.slack.sendEnvelope(eventsApiEnvelope('env-0001', 'Ev0SOCK0001', event));
    const ack = await h.slack.waitFor(() => h.slack.acks.find((a) => a.envelope_id === 'env-0001'));
    expect(ack).toMatchObject({ envelope_id: 'env-0001' });
    const [post] = await h.slack.waitFor(() => {
      const posts = h.slack.posts().filter((p) => p.args.channel === 'C0SOCKET1');
      return posts.length ? posts : undefined;
    });
    expect(post!.args.thread_ts).toBe(event.ts);
    expect(fake.calls.at(-1)).toMatchObject({ method: 'ask', text: 'contact in miami' });
  });

  it('acks a redelivered envelope for the same event but does not answer twice', async () => {
    const event = {
      type: 'app_mention',
      user: 'U0USER001',
      text: `<@${BOT_USER_ID}> contact in miami`,
      ts: '1700000300.000002',
      channel: 'C0SOCKET2',
    };
    h.slack.sendEnvelope(eventsApiEnvelope('env-0002', 'Ev0SOCK0002', event));
    await h.slack.waitFor(() =>
      h.slack.posts().some((p) => p.args.channel === 'C0SOCKET2') ? true : undefined,
    );
    h.slack.sendEnvelope(eventsApiEnvelope('env-0003', 'Ev0SOCK0002', event, 1));
    await h.slack.waitFor(() => h.slack.acks.find((a) => a.envelope_id === 'env-0003'));
    await h.slack.settle(300);
    expect(h.slack.posts().filter((p) => p.args.channel === 'C0SOCKET2')).toHaveLength(1);
  });

  it('acks a slash command envelope and answers through its response_url', async () => {
    h.slack.sendEnvelope({
      envelope_id: 'env-0004',
      type: 'slash_commands',
      accepts_response_payload: true,
      payload: {
        token: 'legacy-verification-token',
        team_id: TEAM_ID,
        channel_id: 'C0SOCKET3',
        user_id: 'U0USER009',
        command: '/opendata',
        text: 'dataset miami abcd-1234',
        response_url: h.slack.responseUrl('socket-cmd'),
        trigger_id: '1.2.3',
        api_app_id: 'A0TEST',
      },
    });
    await h.slack.waitFor(() => h.slack.acks.find((a) => a.envelope_id === 'env-0004'));
    const reply = await h.slack.waitFor(() => h.slack.responses.find((r) => r.id === 'socket-cmd'));
    expect(reply.payload.response_type).toBe('ephemeral');
    expect(fake.calls.at(-1)).toMatchObject({ method: 'datasetDetails', city: 'miami', id: 'abcd-1234' });
  });
});

describe('Slack startup errors', () => {
  it('names SLACK_BOT_TOKEN when Slack rejects the bot token', async () => {
    const err = await startHarness({
      engine: createFakeEngine().engine,
      standIn: { authError: 'invalid_auth' },
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).variable).toBe('SLACK_BOT_TOKEN');
    expect((err as Error).message).toBe(
      'Invalid environment variable SLACK_BOT_TOKEN: rejected by Slack (invalid_auth)',
    );
  });

  it('names SLACK_APP_TOKEN when Slack rejects the app token in Socket Mode', async () => {
    const err = await startHarness({
      engine: createFakeEngine().engine,
      socketMode: true,
      standIn: { appTokenError: 'invalid_auth' },
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).variable).toBe('SLACK_APP_TOKEN');
    expect((err as Error).message).not.toContain(APP_TOKEN);
  });
});
