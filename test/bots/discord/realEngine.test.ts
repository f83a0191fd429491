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

  it("GIVEN two people in one channel THEN one person's follow-up does not change the other's context", async () => {
    const channelId = '1100000000000000030';
    const ana = { channelId, userId: '1100000000000000031' };
    const ben = { channelId, userId: '1100000000000000032' };
    await runDeferredOn(h, slashCommand('opendata', 'ask', { question: 'who do I contact in Miami?' }, ana));
    const benFollow = await runDeferredOn(
      h,
      slashCommand('opendata', 'ask', { question: 'what about LA?' }, ben),
    );
    expect(benFollow.embeds?.[0]?.title).toMatch(/Los Angeles/);
    const anaFees = await runDeferredOn(
      h,
      slashCommand('opendata', 'ask', { question: 'and the fees?' }, ana),
    );
    expect(anaFees.embeds?.[0]?.title).toMatch(/Miami/);
    expect(anaFees.embeds?.[0]?.title).not.toMatch(/Los Angeles/);
  });

  it('GIVEN two people in one thread THEN each keeps their own conversation there too', async () => {
    const ana = { channelId: IDS.thread, userId: '1100000000000000033' };
    const ben = { channelId: IDS.thread, userId: '1100000000000000034' };
    await runDeferredOn(h, slashCommand('opendata', 'ask', { question: 'kansas city api key?' }, ana));
    const benAsk = await runDeferredOn(
      h,
      slashCommand('opendata', 'ask', { question: 'and the fees?' }, ben),
    );
    expect(benAsk.embeds?.[0]?.title).not.toMatch(/Kansas City/);
    const anaAsk = await runDeferredOn(
      h,
      slashCommand('opendata', 'ask', { question: 'and the fees?' }, ana),
    );
    expect(anaAsk.embeds?.[0]?.title).toMatch(/Kansas City/);
  });

  it('GIVEN an answer with more points than fit THEN a More button shows the same answer with every point', async () => {
    const edit = await runDeferredOn(h, slashCommand('opendata', 'ask', { question: 'kc penalties' }));
    const buttons = (edit.components ?? []).flatMap((r) => r.components);
    const more = buttons.find((b) => /^More \(\d+\)$/.test(b.label ?? ''));
    expect(more).toBeDefined();
    const shortText = text(edit);
    const cb = await runImmediateOn(h, buttonPress(more!.custom_id!));
    expect(cb.type).toBe(4);
    const full = text(cb.data!);
    expect(full.split('\n• ').length).toBeGreaterThan(shortText.split('\n• ').length);
    expect((cb.data?.components ?? []).flatMap((r) => r.components).map((b) => b.label)).not.toContain(
      more!.label,
    );
    expect(full).toMatch(/• .+ \[\d+(, \d+)*\]/);
    expect(messageViolations(cb.data)).toEqual([]);
  });

  describe('drafts from the conversation', () => {
    const ask = (question: string, who: { channelId: string; userId: string }) =>
      runDeferredOn(h, slashCommand('opendata', 'ask', { question }, who));

    it('GIVEN a denial THEN "draft that for me" shows an appeal in a copyable code block', async () => {
      const who = { channelId: '1100000000000000040', userId: '1100000000000000041' };
      await ask('my kc api key got revoked on March 3, can I appeal?', who);
      const draft = await ask('draft that for me', who);
      const description = draft.embeds?.[0]?.description ?? '';
      expect(description).toMatch(/```[^`]*Subject: Request for review of an access decision/);
      expect(description).toMatch(/revoke my API key on March 3/);
    });

    it('GIVEN /dataset search THEN "can you write the email" requests that topic', async () => {
      const who = { channelId: '1100000000000000042', userId: '1100000000000000043' };
      await runDeferredOn(
        h,
        slashCommand('dataset', 'search', { city: 'los-angeles', query: 'street trees' }, who),
      );
      const draft = await ask('can you write the email', who);
      expect(draft.embeds?.[0]?.description).toMatch(
        /```[^`]*Subject: Data access request: street trees data/,
      );
    });

    it('GIVEN a key question with volume and purpose THEN the key request is filled in', async () => {
      const who = { channelId: '1100000000000000044', userId: '1100000000000000045' };
      await ask('how do i get an api key for kc? we expect 20k requests per day for our transit app', who);
      const description = (await ask('draft that for me', who)).embeds?.[0]?.description ?? '';
      expect(description).toMatch(/```[^`]*Subject: API key request/);
      expect(description).toMatch(/20k requests per day/);
    });
  });
});
