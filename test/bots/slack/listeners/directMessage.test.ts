import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../../../src/bots/rateLimit.js';
import { createDeduper } from '../../../../src/bots/slack/dedupe.js';
import { directMessageCallback } from '../../../../src/bots/slack/listeners/events/directMessage.js';
import type { MessageListenerArgs } from '../../../../src/bots/slack/listeners/events/message.js';
import { createShareStore } from '../../../../src/bots/slack/shareStore.js';
import { createFakeEngine } from '../../../fakes/slackEngine.js';
import { captureLogger } from '../harness.js';

function setup() {
  const posted: Record<string, unknown>[] = [];
  const client = {
    chat: {
      postMessage: async (args: Record<string, unknown>) => {
        posted.push(args);
        return { ok: true };
      },
    },
  } as unknown as MessageListenerArgs['client'];
  const fake = createFakeEngine();
  const callback = directMessageCallback({
    engine: fake.engine,
    logger: captureLogger().logger,
    limiter: createRateLimiter({ capacity: 10, refillPerSecond: 1 }),
    dedupe: createDeduper(),
    shares: createShareStore(),
  });
  const run = (event: Record<string, unknown>) =>
    callback({ event, body: {}, context: { botUserId: 'UBOT1', teamId: 'T1' }, client });
  return { posted, fake, run };
}

describe('directMessageCallback', () => {
  it('answers a DM in its thread', async () => {
    const { posted, run } = setup();
    await run({
      type: 'message',
      channel_type: 'im',
      channel: 'D1',
      user: 'U1',
      text: 'contact in miami',
      ts: '1.000001',
    });
    expect(posted).toHaveLength(1);
    expect(posted[0]).toMatchObject({ channel: 'D1', thread_ts: '1.000001' });
  });

  it('leaves channel messages to app_mention, so a channel subscription cannot double-answer', async () => {
    const { posted, fake, run } = setup();
    await run({
      type: 'message',
      channel_type: 'channel',
      channel: 'C1',
      user: 'U1',
      text: 'hi',
      ts: '1.000002',
    });
    expect(posted).toHaveLength(0);
    expect(fake.calls).toHaveLength(0);
  });

  it('ignores a malformed event without throwing', async () => {
    const { posted, run } = setup();
    await run({ type: 'message', channel_type: 'im', channel: 'D1', user: 'U1', text: 'x', ts: 'not-a-ts' });
    await run({ nonsense: true });
    expect(posted).toHaveLength(0);
  });
});
