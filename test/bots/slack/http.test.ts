import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION } from '../../../src/bots/slack/actionIds.js';
import { FEEDBACK_THANKS_TEXT } from '../../../src/bots/slack/listeners/actions/feedback.js';
import { SHARE_NOT_YOURS_TEXT } from '../../../src/bots/slack/listeners/actions/share.js';
import { ENGINE_FAILED_TEXT } from '../../../src/bots/slack/reply.js';
import { SLOW_DOWN_TEXT } from '../../../src/bots/rateLimit.js';
import { type ApiCall, BOT_USER_ID, TEAM_ID } from '../../fakes/slackApi.js';
import { createFakeEngine } from '../../fakes/slackEngine.js';
import {
  actionPayload,
  blockAction,
  commandPayload,
  eventPayload,
  postSigned,
  SIGNING_SECRET,
} from '../../fakes/slackSigning.js';
import { BOT_TOKEN, startHarness } from './harness.js';

type Harness = Awaited<ReturnType<typeof startHarness>>;
type Block = {
  type: string;
  text?: { text: string };
  elements?: { action_id?: string; value?: string; text?: unknown }[];
};

let h: Harness;
const fake = createFakeEngine({ failOn: 'explode' });
let tsSeq = 0;
const nextTs = () => `1700000000.${String(++tsSeq).padStart(6, '0')}`;

beforeAll(async () => {
  h = await startHarness({
    engine: fake.engine,
    options: { rateLimit: { capacity: 1000, refillPerSecond: 1000 } },
  });
});
afterAll(async () => {
  await h?.stop();
});

const postsIn = (channel: string) => h.slack.posts().filter((c) => c.args.channel === channel);
const blocksOf = (call: ApiCall | { payload: Record<string, unknown> }) =>
  ('args' in call ? call.args.blocks : call.payload.blocks) as Block[];
const buttonsOf = (blocks: Block[]) =>
  blocks.filter((b) => b.type === 'actions').flatMap((b) => b.elements ?? []);
const responsesTo = (id: string) => h.slack.responses.filter((r) => r.id === id);

function mention(channel: string, text: string, extra: Record<string, unknown> = {}) {
  return {
    type: 'app_mention',
    user: 'U0USER001',
    text: `<@${BOT_USER_ID}> ${text}`,
    ts: nextTs(),
    channel,
    event_ts: '1',
    ...extra,
  };
}

describe('Slack HTTP mode, end to end through Bolt', () => {
  it('answers the url_verification challenge', async () => {
    const res = await postSigned(h.appUrl, {
      body: JSON.stringify({ token: 'x', challenge: 'challenge-abc-123', type: 'url_verification' }),
      contentType: 'application/json',
    });
    expect(res.status).toBe(200);
    expect(res.text).toContain('challenge-abc-123');
  });

  it('answers an app_mention once, in its thread, with the mention stripped and the thread as conversation', async () => {
    const event = mention('C0MENTION', 'who do I contact in miami?');
    const res = await postSigned(h.appUrl, eventPayload(event));
    expect(res.status).toBe(200);
    const [post] = await h.slack.waitFor(() =>
      postsIn('C0MENTION').length ? postsIn('C0MENTION') : undefined,
    );
    expect(post!.args.thread_ts).toBe(event.ts);
    expect(post!.authorization).toBe(`Bearer ${BOT_TOKEN}`);
    const blocks = blocksOf(post!);
    expect(blocks[0]).toMatchObject({ type: 'header', text: { text: 'Contact for miami' } });
    expect(String(post!.args.text)).toContain('You asked: who do I contact in miami?');
    expect(fake.calls).toContainEqual({
      method: 'ask',
      text: 'who do I contact in miami?',
      conversation: `slack:${TEAM_ID}:C0MENTION:${event.ts}`,
    });
    await h.slack.settle();
    expect(postsIn('C0MENTION')).toHaveLength(1);
  });

  it('keeps context in a thread: a follow-up there continues the same conversation', async () => {
    const first = mention('C0FOLLOW', 'contact in miami');
    await postSigned(h.appUrl, eventPayload(first));
    await h.slack.waitFor(() => (postsIn('C0FOLLOW').length === 1 ? true : undefined));
    const follow = mention('C0FOLLOW', 'and who else?', { thread_ts: first.ts });
    await postSigned(h.appUrl, eventPayload(follow));
    const posts = await h.slack.waitFor(() =>
      postsIn('C0FOLLOW').length === 2 ? postsIn('C0FOLLOW') : undefined,
    );
    expect(posts[1]!.args.thread_ts).toBe(first.ts);
    const conversation = `slack:${TEAM_ID}:C0FOLLOW:${first.ts}`;
    // The fake engine remembers the city per conversation; "and who else?" names none.
    expect(fake.calls.filter((c) => c.method === 'ask' && c.conversation === conversation)).toHaveLength(2);
    expect(blocksOf(posts[1]!)[0]).toMatchObject({ text: { text: 'Contact for miami' } });
  });

  it('answers a direct message in a thread', async () => {
    const dm = {
      type: 'message',
      channel_type: 'im',
      channel: 'D0DIRECT1',
      user: 'U0USER002',
      text: 'contact in la',
      ts: nextTs(),
    };
    await postSigned(h.appUrl, eventPayload(dm));
    const [post] = await h.slack.waitFor(() =>
      postsIn('D0DIRECT1').length ? postsIn('D0DIRECT1') : undefined,
    );
    expect(post!.args.thread_ts).toBe(dm.ts);
    expect(blocksOf(post!)[0]).toMatchObject({ text: { text: 'Contact for los-angeles' } });
  });

  it('answers a message delivered as both app_mention and message.im only once', async () => {
    const ts = nextTs();
    const text = `<@${BOT_USER_ID}> contact in miami`;
    await postSigned(
      h.appUrl,
      eventPayload({ type: 'app_mention', channel: 'D0BOTH001', user: 'U0USER003', text, ts }),
    );
    await postSigned(
      h.appUrl,
      eventPayload({
        type: 'message',
        channel_type: 'im',
        channel: 'D0BOTH001',
        user: 'U0USER003',
        text,
        ts,
      }),
    );
    await h.slack.waitFor(() => (postsIn('D0BOTH001').length ? true : undefined));
    await h.slack.settle(300);
    expect(postsIn('D0BOTH001')).toHaveLength(1);
  });

  it('answers a retried event (X-Slack-Retry-Num) only once', async () => {
    const payload = eventPayload(mention('C0RETRY01', 'contact in miami'), { eventId: 'Ev0RETRY0001' });
    await postSigned(h.appUrl, payload);
    await h.slack.waitFor(() => (postsIn('C0RETRY01').length ? true : undefined));
    const retry = await postSigned(h.appUrl, payload, {
      headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' },
    });
    expect(retry.status).toBe(200);
    await h.slack.settle(300);
    expect(postsIn('C0RETRY01')).toHaveLength(1);
  });

  it('ignores edits, joins, bot messages and its own messages, and still answers the person after them', async () => {
    const channel = 'D0IGNORE1';
    const base = { type: 'message', channel_type: 'im', channel, text: 'contact in miami' };
    const ignored = [
      { ...base, subtype: 'message_changed', ts: nextTs(), message: { text: 'edited' } },
      { ...base, subtype: 'channel_join', user: 'U0USER004', ts: nextTs() },
      { ...base, subtype: 'bot_message', bot_id: 'B0OTHER01', ts: nextTs() },
      { ...base, user: 'U0OTHERBOT', bot_id: 'B0OTHER01', ts: nextTs() },
      { ...base, user: BOT_USER_ID, ts: nextTs() },
      { ...base, user: 'U0USER004', ts: nextTs(), edited: { user: 'U0USER004', ts: '1' } },
    ];
    for (const e of ignored) await postSigned(h.appUrl, eventPayload(e));
    const person = { ...base, user: 'U0USER004', ts: nextTs() };
    await postSigned(h.appUrl, eventPayload(person));
    await h.slack.waitFor(() => (postsIn(channel).length ? true : undefined));
    await h.slack.settle(300);
    expect(postsIn(channel).map((p) => p.args.thread_ts)).toEqual([person.ts]);
  });

  it('rejects a bad signature and a stale timestamp, and answers neither', async () => {
    const before = fake.calls.length;
    const bad = await postSigned(h.appUrl, eventPayload(mention('C0BADSIG1', 'contact in miami')), {
      secret: 'not-the-secret',
    });
    expect(bad.status).toBe(401);
    const stale = await postSigned(h.appUrl, eventPayload(mention('C0BADSIG1', 'contact in miami')), {
      timestamp: Math.floor(Date.now() / 1000) - 6 * 60,
    });
    expect(stale.status).toBe(401);
    const cmd = await postSigned(
      h.appUrl,
      commandPayload({ text: 'contact in miami', responseUrl: h.slack.responseUrl('badsig') }),
      { secret: 'not-the-secret' },
    );
    expect(cmd.status).toBe(401);
    await h.slack.settle(300);
    expect(postsIn('C0BADSIG1')).toHaveLength(0);
    expect(responsesTo('badsig')).toHaveLength(0);
    expect(fake.calls.length).toBe(before);
  });

  it('makes markup typed into a question inert in the reply', async () => {
    // What Slack sends when a person types "<!channel> <@U0123ABCD>" literally: entities, which the engine
    // gets back as the characters typed, and which must not come alive when the answer echoes them.
    const event = mention('C0INJECT1', '&lt;!channel&gt; &lt;@U0123ABCD&gt; contact in miami');
    await postSigned(h.appUrl, eventPayload(event));
    const [post] = await h.slack.waitFor(() =>
      postsIn('C0INJECT1').length ? postsIn('C0INJECT1') : undefined,
    );
    expect(fake.calls.at(-1)).toMatchObject({ text: '<!channel> <@U0123ABCD> contact in miami' });
    const everything = JSON.stringify(post!.args.blocks) + String(post!.args.text);
    expect(everything).toContain('&lt;!channel&gt; &lt;@U0123ABCD&gt;');
    expect(everything).not.toContain('<!channel>');
    expect(everything).not.toContain('<@U0123ABCD>');
  });

  it('hands a forged link to the engine as words, never as live markup', async () => {
    const event = mention('C0INJECT2', '<!here> <https://evil.example|free keys> contact in miami');
    await postSigned(h.appUrl, eventPayload(event));
    const [post] = await h.slack.waitFor(() =>
      postsIn('C0INJECT2').length ? postsIn('C0INJECT2') : undefined,
    );
    expect(fake.calls.at(-1)).toMatchObject({ text: 'free keys https://evil.example contact in miami' });
    const everything = JSON.stringify(post!.args.blocks) + String(post!.args.text);
    expect(everything).not.toContain('<!here>');
    expect(everything).not.toContain('<https://evil.example');
  });

  it('replies with a friendly note when the engine fails, and keeps serving', async () => {
    await postSigned(h.appUrl, eventPayload(mention('C0EXPLODE', 'explode please')));
    const [post] = await h.slack.waitFor(() =>
      postsIn('C0EXPLODE').length ? postsIn('C0EXPLODE') : undefined,
    );
    expect(post!.args.text).toBe(ENGINE_FAILED_TEXT);
    expect(h.lines.some((l) => l.includes('engine failed to answer'))).toBe(true);
    await postSigned(h.appUrl, eventPayload(mention('C0EXPLODE', 'contact in miami')));
    await h.slack.waitFor(() => (postsIn('C0EXPLODE').length === 2 ? true : undefined));
  });

  it('GIVEN the engine fails on a Spanish question THEN the apology is in Spanish', async () => {
    await postSigned(h.appUrl, eventPayload(mention('C0EXPLODE2', '¿por qué explode la API de Miami?')));
    const [post] = await h.slack.waitFor(() =>
      postsIn('C0EXPLODE2').length ? postsIn('C0EXPLODE2') : undefined,
    );
    expect(post!.args.text).toBe(
      'Lo siento, algo falló de mi lado al responder. Inténtelo de nuevo en un momento.',
    );
  });
});

describe('/opendata slash command', () => {
  async function command(text: string, id: string, user = 'U0USER001') {
    const res = await postSigned(
      h.appUrl,
      commandPayload({ text, responseUrl: h.slack.responseUrl(id), user }),
    );
    expect(res.status).toBe(200);
    return h.slack.waitFor(() => responsesTo(id)[0]);
  }

  it('acks at once, then answers ephemerally with a Share in channel button', async () => {
    const res = await postSigned(
      h.appUrl,
      commandPayload({
        text: 'how do I get an API key in miami',
        responseUrl: h.slack.responseUrl('cmd-ask'),
      }),
    );
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    const [reply] = await h.slack.waitFor(() =>
      responsesTo('cmd-ask').length ? responsesTo('cmd-ask') : undefined,
    );
    expect(reply!.payload.response_type).toBe('ephemeral');
    expect(buttonsOf(blocksOf(reply!)).map((b) => b.action_id)).toContain(ACTION.share);
    expect(fake.calls.at(-1)).toEqual({
      method: 'ask',
      text: 'how do I get an API key in miami',
      conversation: `slack:${TEAM_ID}:C0CHAN001:user:U0USER001`,
    });
  });

  it('maps search, dataset and help to the engine, with multi-word cities split by the engine', async () => {
    await command('search kansas city crime reports', 'cmd-search');
    expect(fake.calls.at(-1)).toMatchObject({
      method: 'searchDatasets',
      city: 'kansas-city',
      query: 'crime reports',
    });
    await command('dataset miami abcd-1234', 'cmd-dataset');
    expect(fake.calls.at(-1)).toMatchObject({ method: 'datasetDetails', city: 'miami', id: 'abcd-1234' });
    await command('help', 'cmd-help');
    expect(fake.calls.at(-1)).toMatchObject({ method: 'ask', text: 'help' });
    await command('', 'cmd-empty');
    expect(fake.calls.at(-1)).toMatchObject({ method: 'ask', text: 'help' });
  });

  it('passes a search without a known leading city whole to ask, which asks which city', async () => {
    const reply = await command('search springfield potholes', 'cmd-nocity', 'U0NEWUSER');
    expect(fake.calls.at(-1)).toMatchObject({ method: 'ask', text: 'search springfield potholes' });
    expect(
      buttonsOf(blocksOf(reply)).filter((b) => b.action_id?.startsWith('opendata_choose_')),
    ).toHaveLength(3);
  });

  it('shares an ephemeral answer in the channel, then deletes the ephemeral copy', async () => {
    const reply = await command('contact in miami', 'cmd-share');
    const shareId = buttonsOf(blocksOf(reply)).find((b) => b.action_id === ACTION.share)!.value!;
    const click = blockAction({
      actionId: ACTION.share,
      value: shareId,
      responseUrl: h.slack.responseUrl('share-click'),
      ephemeral: true,
    });
    const res = await postSigned(h.appUrl, actionPayload(click));
    expect(res.status).toBe(200);
    const posted = await h.slack.waitFor(() =>
      responsesTo('share-click').length === 2 ? responsesTo('share-click') : undefined,
    );
    expect(posted[0]!.payload).toMatchObject({ response_type: 'in_channel', replace_original: false });
    const shared = blocksOf(posted[0]!);
    expect(shared[0]).toEqual(blocksOf(reply)[0]);
    expect(JSON.stringify(shared)).toContain('Shared by <@U0USER001>');
    expect(buttonsOf(shared).some((b) => b.action_id === ACTION.share)).toBe(false);
    expect(posted[1]!.payload).toEqual({ delete_original: true });
  });

  it('lets only the asker share an answer', async () => {
    const reply = await command('contact in miami', 'cmd-share-2');
    const shareId = buttonsOf(blocksOf(reply)).find((b) => b.action_id === ACTION.share)!.value!;
    const click = blockAction({
      actionId: ACTION.share,
      value: shareId,
      responseUrl: h.slack.responseUrl('share-other'),
      ephemeral: true,
      user: 'U0INTRUDER',
    });
    await postSigned(h.appUrl, actionPayload(click));
    const [note] = await h.slack.waitFor(() =>
      responsesTo('share-other').length ? responsesTo('share-other') : undefined,
    );
    expect(note!.payload).toMatchObject({ response_type: 'ephemeral', text: SHARE_NOT_YOURS_TEXT });
  });

  it('pages a search with More results, in the same ephemeral conversation', async () => {
    const reply = await command('search miami parking', 'cmd-more');
    const more = buttonsOf(blocksOf(reply)).find((b) => b.action_id === ACTION.more)!;
    expect(JSON.parse(more.value!)).toEqual({ city: 'miami', query: 'parking', offset: 5 });
    const click = blockAction({
      actionId: ACTION.more,
      value: more.value!,
      responseUrl: h.slack.responseUrl('more-click'),
      ephemeral: true,
    });
    await postSigned(h.appUrl, actionPayload(click));
    const [page] = await h.slack.waitFor(() =>
      responsesTo('more-click').length ? responsesTo('more-click') : undefined,
    );
    expect(fake.calls.at(-1)).toEqual({
      method: 'searchDatasets',
      city: 'miami',
      query: 'parking',
      offset: 5,
      conversation: `slack:${TEAM_ID}:C0CHAN001:user:U0USER001`,
    });
    expect(page!.payload).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(JSON.stringify(blocksOf(page!))).toContain('parking result 5');
  });

  it('answers one "slow down" to a user flooding the bot, then nothing more', async () => {
    const limited = await startHarness({
      engine: createFakeEngine().engine,
      options: { rateLimit: { capacity: 2, refillPerSecond: 0.001 } },
    });
    try {
      for (let i = 0; i < 6; i++) {
        const res = await postSigned(
          limited.appUrl,
          commandPayload({ text: 'contact in miami', responseUrl: limited.slack.responseUrl(`flood-${i}`) }),
        );
        expect(res.status).toBe(200);
      }
      await limited.slack.waitFor(() => (limited.slack.responses.length >= 3 ? true : undefined));
      await limited.slack.settle(300);
      const texts = limited.slack.responses.map((r) => r.payload.text);
      expect(texts).toHaveLength(3);
      expect(texts.filter((t) => t === SLOW_DOWN_TEXT)).toHaveLength(1);
      // Another user is not slowed down by the first one.
      await postSigned(
        limited.appUrl,
        commandPayload({
          text: 'contact in miami',
          responseUrl: limited.slack.responseUrl('other'),
          user: 'U0OTHER01',
        }),
      );
      const [other] = await limited.slack.waitFor(() => {
        const r = limited.slack.responses.filter((x) => x.id === 'other');
        return r.length ? r : undefined;
      });
      expect(other!.payload.text).not.toBe(SLOW_DOWN_TEXT);
      // Said in Spanish to someone asking in Spanish.
      for (const id of ['es-1', 'es-2', 'es-3']) {
        await postSigned(
          limited.appUrl,
          commandPayload({
            text: '¿a quién contacto en Miami?',
            responseUrl: limited.slack.responseUrl(id),
            user: 'U0ES0001',
          }),
        );
      }
      const es = await limited.slack.waitFor(() => limited.slack.responses.find((r) => r.id === 'es-3'));
      expect(es.payload.text).toBe(
        'Está enviando preguntas más rápido de lo que puedo responderlas bien. Espere unos segundos y vuelva a preguntar.',
      );
    } finally {
      await limited.stop();
    }
  });
});

describe('buttons on a threaded answer', () => {
  it('a city button asks its question in the same thread conversation and answers in the thread', async () => {
    const event = mention('C0CLARIFY', 'how do I get an api key');
    await postSigned(h.appUrl, eventPayload(event));
    const [prompt] = await h.slack.waitFor(() =>
      postsIn('C0CLARIFY').length ? postsIn('C0CLARIFY') : undefined,
    );
    const choice = buttonsOf(blocksOf(prompt!)).find((b) => b.action_id === 'opendata_choose_1')!;
    expect(choice.value).toBe('how do I get an api key in kansas city');
    const click = blockAction({
      actionId: 'opendata_choose_1',
      value: choice.value!,
      responseUrl: h.slack.responseUrl('choose-click'),
      channel: 'C0CLARIFY',
      messageTs: '1700000100.999999',
      threadTs: event.ts,
    });
    await postSigned(h.appUrl, actionPayload(click));
    const posts = await h.slack.waitFor(() =>
      postsIn('C0CLARIFY').length === 2 ? postsIn('C0CLARIFY') : undefined,
    );
    expect(posts[1]!.args.thread_ts).toBe(event.ts);
    expect(blocksOf(posts[1]!)[0]).toMatchObject({ text: { text: 'Contact for kansas-city' } });
    expect(fake.calls.at(-1)).toEqual({
      method: 'ask',
      text: 'how do I get an api key in kansas city',
      conversation: `slack:${TEAM_ID}:C0CLARIFY:${event.ts}`,
    });
  });

  it('More results on a public message posts the next page in its thread', async () => {
    const click = blockAction({
      actionId: ACTION.more,
      value: JSON.stringify({ city: 'los-angeles', query: 'permits', offset: 10 }),
      responseUrl: h.slack.responseUrl('more-thread'),
      channel: 'C0MOREPUB',
      messageTs: '1700000200.000001',
    });
    await postSigned(h.appUrl, actionPayload(click));
    const [post] = await h.slack.waitFor(() =>
      postsIn('C0MOREPUB').length ? postsIn('C0MOREPUB') : undefined,
    );
    expect(post!.args.thread_ts).toBe('1700000200.000001');
    expect(JSON.stringify(blocksOf(post!))).toContain('permits result 10');
    // The last page: no further More results button.
    expect(buttonsOf(blocksOf(post!)).some((b) => b.action_id === ACTION.more)).toBe(false);
  });

  it('ignores a More results click whose value was tampered with', async () => {
    const before = fake.calls.length;
    const click = blockAction({
      actionId: ACTION.more,
      value: '{"city":"miami","offset":"lots"}',
      responseUrl: h.slack.responseUrl('more-bad'),
      channel: 'C0MOREBAD',
    });
    const res = await postSigned(h.appUrl, actionPayload(click));
    expect(res.status).toBe(200);
    await h.slack.settle(300);
    expect(fake.calls.length).toBe(before);
    expect(postsIn('C0MOREBAD')).toHaveLength(0);
  });

  it('acknowledges 👍 privately and logs it with the answer kind, not the text', async () => {
    const click = blockAction({
      actionId: ACTION.feedbackUp,
      value: JSON.stringify({ kind: 'topic', intent: 'contact', city: 'miami' }),
      responseUrl: h.slack.responseUrl('feedback'),
      channel: 'C0FEEDBAK',
    });
    await postSigned(h.appUrl, actionPayload(click));
    const [thanks] = await h.slack.waitFor(() =>
      responsesTo('feedback').length ? responsesTo('feedback') : undefined,
    );
    expect(thanks!.payload).toMatchObject({
      response_type: 'ephemeral',
      replace_original: false,
      text: FEEDBACK_THANKS_TEXT,
    });
    const line = h.lines
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .find((l) => l.msg === 'answer feedback');
    expect(line).toMatchObject({
      feedback: 'up',
      kind: 'topic',
      intent: 'contact',
      city: 'miami',
      user: 'U0USER001',
    });
  });
});

describe('secrets', () => {
  it('never logs the bot token, the signing secret or the verification token', () => {
    expect(h.lines.length).toBeGreaterThan(5);
    const all = h.lines.join('\n');
    expect(all).not.toContain(BOT_TOKEN);
    expect(all).not.toContain(SIGNING_SECRET);
    expect(all).not.toContain('legacy-verification-token');
  });
});
