import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/intents/index.js';
import { loadCities } from '../../../src/knowledge/index.js';
import { autocomplete, buttonPress, IDS, mentionMessage, slashCommand } from '../../fakes/discord.js';
import { messageViolations } from '../../fakes/discordLimits.js';
import { renderedLinks, renderedMentions } from './markdown.js';
import { body, customIds, type Harness, runDeferredOn, runImmediateOn, startHarness } from './harness.js';

// The same end-to-end path as bot.test.ts, once through the real engine and city files (no live search).
let h: Harness;
beforeAll(async () => {
  h = await startHarness(createEngine({ cities: loadCities() }), { messageContent: true });
});
afterAll(async () => h?.stop());

const text = (b: ReturnType<typeof body>) =>
  (b.embeds ?? [])
    .flatMap((e) => [
      e.title ?? '',
      e.description ?? '',
      ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
    ])
    .join('\n');

describe('Discord with the real engine', () => {
  it('answers a contact question with cited sources as links', async () => {
    const edit = await runDeferredOn(
      h,
      slashCommand('opendata', 'ask', { question: 'Who do I contact about Kansas City data?' }),
    );
    expect(edit.embeds?.[0]?.title).toMatch(/Kansas City/);
    const sources = edit.embeds?.[0]?.fields?.find((f) => f.name === 'Sources');
    expect(sources).toBeDefined();
    expect(renderedLinks(sources!.value).every((u) => u.startsWith('https://'))).toBe(true);
    expect(renderedMentions(text(edit))).toEqual([]);
  });

  it('asks which city with buttons, and a button continues the same conversation', async () => {
    const channelId = '1100000000000000020';
    const edit = await runDeferredOn(
      h,
      slashCommand('opendata', 'ask', { question: 'who do I contact?' }, { channelId }),
    );
    const labels = (edit.components ?? []).flatMap((r) => r.components.map((c) => c.label ?? ''));
    expect(labels).toEqual(expect.arrayContaining(['Kansas City', 'Los Angeles', 'Miami']));
    const la = customIds(edit)[labels.indexOf('Los Angeles')]!;
    const after = await runDeferredOn(h, buttonPress(la, { channelId }));
    expect(after.embeds?.[0]?.title).toMatch(/Los Angeles/);
  });

  it('shows help at once', async () => {
    const cb = await runImmediateOn(h, slashCommand('opendata', 'help'));
    expect(cb.type).toBe(4);
    expect(cb.data?.embeds?.[0]?.title).toMatch(/civic-data-bot/);
    expect(messageViolations(cb.data)).toEqual([]);
  });

  it('runs /dataset search and /dataset info within limits (no live search configured)', async () => {
    const search = await runDeferredOn(
      h,
      slashCommand('dataset', 'search', { city: 'miami', query: 'permits' }),
    );
    expect(search.embeds?.[0]?.title).toMatch(/permits/);
    const info = await runDeferredOn(
      h,
      slashCommand('dataset', 'info', { city: 'kansas-city', id: 'abcd-1234' }),
    );
    expect(info.embeds?.length).toBe(1);
    const ac = await runImmediateOn(h, autocomplete('dataset', 'info', { city: 'miami', id: 'per' }, 'id'));
    expect(ac.type).toBe(8);
    expect(Array.isArray(ac.data?.choices)).toBe(true);
  });

  it('follows up by mention in a thread using the thread as the conversation', async () => {
    const first = mentionMessage(`<@${IDS.bot}> who do I contact in Miami?`, { channelId: IDS.thread });
    h.standIn.dispatch('MESSAGE_CREATE', first);
    await h.standIn.waitForRequest((r) => body(r).message_reference?.message_id === first.id);
    const follow = mentionMessage(`<@${IDS.bot}> what about LA?`, { channelId: IDS.thread });
    h.standIn.dispatch('MESSAGE_CREATE', follow);
    const post = await h.standIn.waitForRequest((r) => body(r).message_reference?.message_id === follow.id);
    expect(post.route).toBe(`/channels/${IDS.thread}/messages`);
    expect(body(post).embeds?.[0]?.title).toMatch(/Los Angeles/);
    expect(messageViolations(post.body)).toEqual([]);
  });
});
