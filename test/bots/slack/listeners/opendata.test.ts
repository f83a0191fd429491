import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../../../src/bots/rateLimit.js';
import { createDeduper } from '../../../../src/bots/slack/dedupe.js';
import { opendataCommandCallback } from '../../../../src/bots/slack/listeners/commands/opendata.js';
import type { ResponsePayload } from '../../../../src/bots/slack/reply.js';
import { ENGINE_FAILED_TEXT } from '../../../../src/bots/slack/reply.js';
import { createShareStore } from '../../../../src/bots/slack/shareStore.js';
import { createFakeEngine } from '../../../fakes/slackEngine.js';
import { captureLogger } from '../harness.js';

function setup(failOn?: string) {
  const fake = createFakeEngine(failOn ? { failOn } : {});
  const { logger, lines } = captureLogger();
  const shares = createShareStore();
  const callback = opendataCommandCallback({
    engine: fake.engine,
    logger,
    limiter: createRateLimiter({ capacity: 10, refillPerSecond: 1 }),
    dedupe: createDeduper(),
    shares,
  });
  const responses: ResponsePayload[] = [];
  let acked = 0;
  const run = (command: Record<string, unknown>) =>
    callback({
      command,
      ack: async () => {
        acked++;
      },
      respond: async (p) => {
        responses.push(p);
      },
    });
  return { run, responses, acked: () => acked, lines, fake, shares };
}

const command = (text: string) => ({
  command: '/opendata',
  text,
  team_id: 'T1',
  channel_id: 'C1',
  user_id: 'U1',
  response_url: 'http://127.0.0.1:9/response/x',
});

describe('opendataCommandCallback', () => {
  it('acks, asks the engine, and keeps the answer for sharing by the same user', async () => {
    const { run, responses, acked, shares } = setup();
    await run(command('contact in miami'));
    expect(acked()).toBe(1);
    expect(responses).toHaveLength(1);
    expect(responses[0]!.response_type).toBe('ephemeral');
    const shareId = JSON.stringify(responses[0]!.blocks).match(/"value":"([0-9a-f-]{36})"/)?.[1];
    expect(shares.get(shareId ?? '')?.userId).toBe('U1');
  });

  it('answers a friendly note when the engine throws, and logs the error', async () => {
    const { run, responses, lines } = setup('explode');
    await run(command('explode now'));
    expect(responses[0]).toMatchObject({ response_type: 'ephemeral', text: ENGINE_FAILED_TEXT });
    expect(lines.some((l) => l.includes('engine failed to answer'))).toBe(true);
  });

  it('acks and drops a malformed command without calling the engine', async () => {
    const { run, responses, acked, fake } = setup();
    await run({ ...command('contact in miami'), response_url: 'javascript:alert(1)' });
    await run({ text: 'no ids at all' });
    expect(acked()).toBe(2);
    expect(responses).toHaveLength(0);
    expect(fake.calls).toHaveLength(0);
  });
});
