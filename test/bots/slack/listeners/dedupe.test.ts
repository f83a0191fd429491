import { describe, expect, it } from 'vitest';
import { createDeduper } from '../../../../src/bots/slack/dedupe.js';
import { dedupeMiddleware } from '../../../../src/bots/slack/listeners/middleware/dedupe.js';
import { captureLogger } from '../harness.js';

function setup() {
  const middleware = dedupeMiddleware({ dedupe: createDeduper(), logger: captureLogger().logger });
  let nexts = 0;
  let acks = 0;
  const run = (body: unknown, context: Record<string, unknown> = {}, withAck = false) =>
    middleware({
      body,
      context,
      ...(withAck ? { ack: async () => void acks++ } : {}),
      next: async () => void nexts++,
    });
  return { run, counts: () => ({ nexts, acks }) };
}

describe('dedupeMiddleware', () => {
  it('passes an event_id on once, whatever the retry number', async () => {
    const { run, counts } = setup();
    await run({ event_id: 'Ev1' }, { retryNum: undefined });
    await run({ event_id: 'Ev1' }, { retryNum: 1 });
    await run({ event_id: 'Ev1' }, { retryNum: 2 });
    await run({ event_id: 'Ev2' });
    expect(counts().nexts).toBe(2);
  });

  it('passes a Socket Mode envelope on once and acks the repeat so Slack stops sending it', async () => {
    const { run, counts } = setup();
    await run({ command: '/opendata' }, { envelopeId: 'env-1' }, true);
    await run({ command: '/opendata' }, { envelopeId: 'env-1' }, true);
    expect(counts()).toEqual({ nexts: 1, acks: 1 });
  });

  it('passes on anything without an id (commands and actions over HTTP)', async () => {
    const { run, counts } = setup();
    await run({ command: '/opendata' });
    await run({ command: '/opendata' });
    expect(counts().nexts).toBe(2);
  });
});
