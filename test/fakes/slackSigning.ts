import { createHmac } from 'node:crypto';
import { TEAM_ID } from './slackApi.js';

export const SIGNING_SECRET = 'test-signing-secret-0123456789abcdef';

/** Headers exactly as Slack signs a request: v0 HMAC-SHA256 of `v0:<timestamp>:<body>`. */
export function signatureHeaders(body: string, opts: { secret?: string; timestamp?: number } = {}) {
  const timestamp = opts.timestamp ?? Math.floor(Date.now() / 1000);
  const hmac = createHmac('sha256', opts.secret ?? SIGNING_SECRET)
    .update(`v0:${timestamp}:${body}`)
    .digest('hex');
  return { 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': `v0=${hmac}` };
}

export type Encoded = { body: string; contentType: string };

export async function postSigned(
  appUrl: string,
  payload: Encoded,
  opts: { secret?: string; timestamp?: number; headers?: Record<string, string> } = {},
): Promise<{ status: number; text: string }> {
  const res = await fetch(`${appUrl}/slack/events`, {
    method: 'POST',
    headers: {
      'content-type': payload.contentType,
      ...signatureHeaders(payload.body, opts),
      ...opts.headers,
    },
    body: payload.body,
  });
  return { status: res.status, text: await res.text() };
}

let eventCounter = 0;
let triggerCounter = 0;
/** Slack gives every slash command and click its own trigger id; a replay repeats it. */
function nextTriggerId(): string {
  triggerCounter += 1;
  return `${triggerCounter}.1234.abcdef`;
}

export function eventPayload(event: Record<string, unknown>, opts: { eventId?: string } = {}): Encoded {
  eventCounter += 1;
  const body = {
    token: 'legacy-verification-token',
    team_id: TEAM_ID,
    api_app_id: 'A0TEST',
    type: 'event_callback',
    event_id: opts.eventId ?? `Ev${String(eventCounter).padStart(8, '0')}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: TEAM_ID, user_id: 'UBOT0001', is_bot: true }],
    event,
  };
  return { body: JSON.stringify(body), contentType: 'application/json' };
}

export function commandPayload(fields: {
  text: string;
  responseUrl: string;
  user?: string;
  channel?: string;
}): Encoded {
  const params = new URLSearchParams({
    token: 'legacy-verification-token',
    team_id: TEAM_ID,
    team_domain: 'test',
    channel_id: fields.channel ?? 'C0CHAN001',
    channel_name: 'open-data',
    user_id: fields.user ?? 'U0USER001',
    user_name: 'tester',
    command: '/opendata',
    text: fields.text,
    api_app_id: 'A0TEST',
    response_url: fields.responseUrl,
    trigger_id: nextTriggerId(),
  });
  return { body: params.toString(), contentType: 'application/x-www-form-urlencoded' };
}

export function actionPayload(payload: Record<string, unknown>): Encoded {
  return {
    body: `payload=${encodeURIComponent(JSON.stringify(payload))}`,
    contentType: 'application/x-www-form-urlencoded',
  };
}

/** A block_actions payload for one button click. */
export function blockAction(fields: {
  actionId: string;
  value: string;
  responseUrl: string;
  user?: string;
  channel?: string;
  ephemeral?: boolean;
  messageTs?: string;
  threadTs?: string;
}): Record<string, unknown> {
  const channel = fields.channel ?? 'C0CHAN001';
  const messageTs = fields.messageTs ?? '1700000100.000001';
  return {
    type: 'block_actions',
    user: { id: fields.user ?? 'U0USER001', username: 'tester', team_id: TEAM_ID },
    api_app_id: 'A0TEST',
    token: 'legacy-verification-token',
    team: { id: TEAM_ID, domain: 'test' },
    channel: { id: channel, name: 'open-data' },
    container: {
      type: 'message',
      message_ts: messageTs,
      channel_id: channel,
      is_ephemeral: fields.ephemeral ?? false,
      ...(fields.threadTs ? { thread_ts: fields.threadTs } : {}),
    },
    ...(fields.ephemeral
      ? {}
      : {
          message: {
            ts: messageTs,
            ...(fields.threadTs ? { thread_ts: fields.threadTs } : {}),
            type: 'message',
          },
        }),
    response_url: fields.responseUrl,
    trigger_id: nextTriggerId(),
    actions: [
      {
        type: 'button',
        action_id: fields.actionId,
        block_id: 'opendata_actions',
        value: fields.value,
        action_ts: String(Date.now() / 1000),
      },
    ],
  };
}
