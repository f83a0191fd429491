import { afterEach, describe, expect, it } from 'vitest';
import { RESTARTING_TEXT } from '../../../src/bots/discord/bot.js';
import { slashCommand } from '../../fakes/discord.js';
import { createFakeEngine } from '../../fakes/discordEngine.js';
import { body, type Harness, isCallback, isEditOriginal, startHarness } from './harness.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.stop().catch(() => undefined);
  h = undefined;
});

describe('Discord graceful stop (issue 11, finding 3)', () => {
  it('GIVEN a deferred interaction still being answered WHEN stopping THEN a new one gets a short restarting note and the deferred one is finished before stop resolves', async () => {
    const engine = createFakeEngine({ delayMs: 600 });
    h = await startHarness(engine, { shutdownGraceMs: 5000 });
    const first = slashCommand('opendata', 'ask', { question: 'who do I contact in Miami?' });
    h.standIn.dispatch('INTERACTION_CREATE', first);
    const deferral = await h.standIn.waitForRequest(isCallback(first.token));
    expect(body(deferral).type).toBe(5);

    let stopped = false;
    const stopping = h.bot.stop().then(() => {
      stopped = true;
    });
    const second = slashCommand('opendata', 'ask', { question: 'fees in KC?' });
    h.standIn.dispatch('INTERACTION_CREATE', second);
    const note = await h.standIn.waitForRequest(isCallback(second.token));
    expect(body(note).type).toBe(4);
    expect(body(note).data?.content).toBe(RESTARTING_TEXT);
    expect(stopped).toBe(false);

    await stopping;
    const edits = h.standIn.requests.filter(isEditOriginal(first.token));
    expect(edits).toHaveLength(1);
    expect(body(edits[0]!).embeds?.[0]?.title).toBe('Contact for miami');
    expect(engine.calls).toHaveLength(1);
  });
});
