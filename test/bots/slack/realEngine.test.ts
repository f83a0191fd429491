import type { types } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION } from '../../../src/bots/slack/actionIds.js';
import { createEngine } from '../../../src/intents/index.js';
import { loadCities } from '../../../src/knowledge/index.js';
import { type ApiCall, BOT_USER_ID } from '../../fakes/slackApi.js';
import {
  actionPayload,
  blockAction,
  commandPayload,
  eventPayload,
  postSigned,
} from '../../fakes/slackSigning.js';
import { startHarness } from './harness.js';
import { type Button, postReader } from './posts.js';
import { expectWithinLimits } from './render/helpers.js';

type Harness = Awaited<ReturnType<typeof startHarness>>;

/** The same flows as the fake-engine tests, once through the real engine and the real city files. */
describe('Slack adapter with the real engine', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ engine: createEngine({ cities: loadCities() }) });
  });
  afterAll(async () => {
    await h?.stop();
  });

  const { blocks, buttons, about, waitForPosts } = postReader(() => h);
  /** Presses a button of a message posted in `root`'s thread, as `user`. */
  const press = (button: Button, at: { response: string; channel: string; root: string; user: string }) =>
    postSigned(
      h.appUrl,
      actionPayload(
        blockAction({
          actionId: button.action_id,
          value: button.value!,
          responseUrl: h.slack.responseUrl(at.response),
          channel: at.channel,
          messageTs: `${at.root.slice(0, -1)}2`,
          threadTs: at.root,
          user: at.user,
        }),
      ),
    );

  it('asks which city with buttons, answers the chosen one, then follows "what about LA?" in the thread', async () => {
    const root = '1700000500.000001';
    await postSigned(
      h.appUrl,
      eventPayload({
        type: 'app_mention',
        user: 'U0REAL001',
        channel: 'C0REAL001',
        ts: root,
        text: `<@${BOT_USER_ID}> how do I get an api key`,
      }),
    );
    const [prompt] = await waitForPosts('C0REAL001', 1);
    expectWithinLimits(blocks(prompt!), String(prompt!.args.text));
    const choices = buttons(blocks(prompt!)).filter((b) => b.action_id.startsWith('opendata_choose_'));
    const miami = choices.find((b) => b.text.text === 'Miami');
    expect(miami).toBeDefined();

    await press(miami!, { response: 'real-choose', channel: 'C0REAL001', root, user: 'U0REAL001' });
    const [, chosen] = await waitForPosts('C0REAL001', 2);
    expect(chosen!.args.thread_ts).toBe(root);
    expect(about(blocks(chosen!))).toEqual({ kind: 'topic', intent: 'api_key', city: 'miami' });
    expectWithinLimits(blocks(chosen!), String(chosen!.args.text));

    await postSigned(
      h.appUrl,
      eventPayload({
        type: 'app_mention',
        user: 'U0REAL001',
        channel: 'C0REAL001',
        ts: '1700000500.000009',
        thread_ts: root,
        text: `<@${BOT_USER_ID}> what about LA?`,
      }),
    );
    const [, , followUp] = await waitForPosts('C0REAL001', 3);
    expect(followUp!.args.thread_ts).toBe(root);
    expect(about(blocks(followUp!))).toEqual({ kind: 'topic', intent: 'api_key', city: 'los-angeles' });
  });

  it('runs /opendata search with a two-word city and answers ephemerally within limits', async () => {
    await postSigned(
      h.appUrl,
      commandPayload({ text: 'search kansas city crime', responseUrl: h.slack.responseUrl('real-search') }),
    );
    const reply = await h.slack.waitFor(() => h.slack.responses.find((r) => r.id === 'real-search'));
    const bs = reply.payload.blocks as types.KnownBlock[];
    expect(reply.payload.response_type).toBe('ephemeral');
    expect(about(bs)).toMatchObject({ kind: 'datasets', city: 'kansas-city' });
    expect(buttons(bs).some((b) => b.action_id === ACTION.share)).toBe(true);
    expectWithinLimits(bs, String(reply.payload.text));
  });

  it('renders help and a drafted request within limits, the draft in a code block', async () => {
    await postSigned(
      h.appUrl,
      commandPayload({ text: 'help', responseUrl: h.slack.responseUrl('real-help') }),
    );
    await postSigned(
      h.appUrl,
      commandPayload({
        text: 'draft a records request to kansas city',
        responseUrl: h.slack.responseUrl('real-draft'),
        user: 'U0REAL002',
      }),
    );
    for (const id of ['real-help', 'real-draft']) {
      const reply = await h.slack.waitFor(() => h.slack.responses.find((r) => r.id === id));
      expectWithinLimits(reply.payload.blocks as types.KnownBlock[], String(reply.payload.text));
    }
    const draft = h.slack.responses.find((r) => r.id === 'real-draft')!;
    expect(JSON.stringify(draft.payload.blocks)).toContain('```');
  });

  it('GIVEN an answer with more points than fit THEN "More" replaces it with every point, cited', async () => {
    await postSigned(
      h.appUrl,
      commandPayload({
        text: 'kc penalties',
        responseUrl: h.slack.responseUrl('real-short'),
        user: 'U0REAL003',
      }),
    );
    const short = await h.slack.waitFor(() => h.slack.responses.find((r) => r.id === 'real-short'));
    const shortBlocks = short.payload.blocks as types.KnownBlock[];
    const more = buttons(shortBlocks).find((b) => b.action_id === ACTION.expand);
    expect(more?.text.text).toMatch(/^More \(\d+\)$/);
    await postSigned(
      h.appUrl,
      actionPayload(
        blockAction({
          actionId: ACTION.expand,
          value: more!.value!,
          responseUrl: h.slack.responseUrl('real-full'),
          user: 'U0REAL003',
          ephemeral: true,
        }),
      ),
    );
    const full = await h.slack.waitFor(() => h.slack.responses.find((r) => r.id === 'real-full'));
    expect(full.payload.replace_original).toBe(true);
    const fullBlocks = full.payload.blocks as types.KnownBlock[];
    const bulletCount = (bs: types.KnownBlock[]) => (JSON.stringify(bs).match(/• /g) ?? []).length;
    expect(bulletCount(fullBlocks)).toBeGreaterThan(bulletCount(shortBlocks));
    expect(JSON.stringify(fullBlocks)).toMatch(/• [^"]+ \[\d+(, \d+)*\]/);
    expect(buttons(fullBlocks).some((b) => b.action_id === ACTION.expand)).toBe(false);
    expectWithinLimits(fullBlocks, String(full.payload.text));
  });

  it('GIVEN a "More" click on an answer no longer kept THEN a friendly note, not an error', async () => {
    await postSigned(
      h.appUrl,
      actionPayload(
        blockAction({
          actionId: ACTION.expand,
          value: 'no-such-answer',
          responseUrl: h.slack.responseUrl('real-expired'),
          ephemeral: true,
        }),
      ),
    );
    const note = await h.slack.waitFor(() => h.slack.responses.find((r) => r.id === 'real-expired'));
    expect(String(note.payload.text)).toMatch(/no longer available/);
  });

  describe('drafts from the conversation', () => {
    /** Runs /opendata lines as one user in one channel (one conversation); returns the last reply's blocks. */
    async function commands(lines: string[], user: string): Promise<string> {
      let last = '';
      for (const [i, text] of lines.entries()) {
        const id = `${user}-${i}`;
        await postSigned(h.appUrl, commandPayload({ text, responseUrl: h.slack.responseUrl(id), user }));
        const reply = await h.slack.waitFor(() => h.slack.responses.find((r) => r.id === id));
        last = JSON.stringify(reply.payload.blocks);
      }
      return last;
    }

    it('GIVEN a denial in a thread THEN "draft that for me" there posts an appeal in a code block', async () => {
      const root = '1700000600.000001';
      const mention = (ts: string, text: string) =>
        postSigned(
          h.appUrl,
          eventPayload({
            type: 'app_mention',
            user: 'U0REAL010',
            channel: 'C0REAL010',
            ts,
            thread_ts: root,
            text,
          }),
        );
      await mention(root, `<@${BOT_USER_ID}> my kc api key got revoked on March 3, can I appeal?`);
      await waitForPosts('C0REAL010', 1);
      await mention('1700000600.000002', `<@${BOT_USER_ID}> draft that for me`);
      const [, draft] = await waitForPosts('C0REAL010', 2);
      const json = JSON.stringify(blocks(draft!));
      expect(json).toMatch(/```[^`]*Subject: Request for review of an access decision/);
      expect(json).toMatch(/revoke my API key on March 3/);
      expectWithinLimits(blocks(draft!), String(draft!.args.text));
    });

    it('GIVEN /opendata search THEN "can you write the email" requests that topic, in a code block', async () => {
      const json = await commands(['search LA street trees', 'can you write the email'], 'U0REAL011');
      expect(json).toMatch(/```[^`]*Subject: Data access request: street trees data/);
    });

    it('GIVEN a key question with volume and purpose THEN the key request is filled in', async () => {
      const json = await commands(
        [
          'how do i get an api key for kc? we expect 20k requests per day for our transit app',
          'draft that for me',
        ],
        'U0REAL012',
      );
      expect(json).toMatch(/```[^`]*Subject: API key request/);
      expect(json).toMatch(/20k requests per day/);
      expect(json).toMatch(/for our transit app/);
    });
  });

  describe('in Spanish', () => {
    const json = (p: ApiCall) => JSON.stringify(p.args.blocks);
    const mention = (channel: string, ts: string, text: string, threadTs?: string) =>
      postSigned(
        h.appUrl,
        eventPayload({
          type: 'app_mention',
          user: 'U0ES00001',
          channel,
          ts,
          ...(threadTs ? { thread_ts: threadTs } : {}),
          text: `<@${BOT_USER_ID}> ${text}`,
        }),
      );

    it('GIVEN the issue\'s penalty question THEN Miami, in Spanish, "no especificado", sources headed "Fuentes"', async () => {
      await mention('C0ES00001', '1700000600.000001', '¿Cuál es la multa por usar mal la API en Miami?');
      const [post] = await waitForPosts('C0ES00001', 1);
      expect(about(blocks(post!))).toEqual({ kind: 'topic', intent: 'penalties', city: 'miami' });
      expect(json(post!)).toContain('no especificado en las páginas citadas');
      expect(json(post!)).toContain('*Fuentes:*');
      expect(json(post!)).not.toContain('*Sources:*');
      expectWithinLimits(blocks(post!), String(post!.args.text));
    });

    it('GIVEN a Spanish question without a city THEN an overview by city, a city button, then "¿y en LA?" in the thread, all in Spanish', async () => {
      const root = '1700000700.000001';
      await mention('C0ES00002', root, '¿a quién le escribo para pedir datos?');
      const [prompt] = await waitForPosts('C0ES00002', 1);
      expect(json(prompt!)).toContain('A quién contactar: por ciudad');
      const miami = buttons(blocks(prompt!)).find((b) => b.text.text === 'Miami');
      expect(miami).toBeDefined();

      await press(miami!, { response: 'es-choose', channel: 'C0ES00002', root, user: 'U0ES00001' });
      const [, chosen] = await waitForPosts('C0ES00002', 2);
      expect(about(blocks(chosen!))).toMatchObject({ city: 'miami' });
      expect(json(chosen!)).toContain('City Clerk / Public Records office');
      expect(json(chosen!)).toContain('*Fuentes:*');

      await mention('C0ES00002', '1700000700.000009', '¿y en LA?', root);
      const [, , followUp] = await waitForPosts('C0ES00002', 3);
      expect(about(blocks(followUp!))).toMatchObject({ city: 'los-angeles' });
      expect(json(followUp!)).toContain('Information Technology Agency');
      expect(json(followUp!)).toContain('*Fuentes:*');
    });

    it('GIVEN "/opendata redacta una carta…" THEN an ephemeral Spanish draft with a Spanish share button', async () => {
      await postSigned(
        h.appUrl,
        commandPayload({
          text: 'redacta una carta para pedir acceso a los datos de permisos de Kansas City',
          responseUrl: h.slack.responseUrl('es-draft'),
          user: 'U0ES00002',
        }),
      );
      const reply = await h.slack.waitFor(() => h.slack.responses.find((r) => r.id === 'es-draft'));
      const bs = reply.payload.blocks as types.KnownBlock[];
      expect(about(bs)).toMatchObject({ intent: 'draft_request', city: 'kansas-city' });
      expect(JSON.stringify(bs)).toContain('Les escribo para solicitar');
      expect(buttons(bs).find((b) => b.action_id === ACTION.share)?.text.text).toBe('Compartir en el canal');
      expectWithinLimits(bs, String(reply.payload.text));
    });
  });
});
