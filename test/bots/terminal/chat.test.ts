import { describe, expect, it } from 'vitest';
import type { Classification } from '../../../src/intents/classifyIntent.js';
import { chat } from '../../helpers/chat.js';
import { realCities, realEngine } from '../../helpers/engine.js';

// Always a close call between rate limits and API keys, so the options are known.
const closeCall = (): Classification => ({
  intent: 'rate_limits',
  confidence: 0.5,
  bare: false,
  ranked: [
    { intent: 'rate_limits', p: 0.5 },
    { intent: 'api_key', p: 0.4 },
  ],
});

/** The whole transcript of a chat whose every question is that close call. */
const closeCallChat = async (lines: string[]) =>
  (await chat(lines, realEngine({ classify: closeCall }))).join('\n');

describe('terminal chat', () => {
  const miami = realCities().find((c) => c.id === 'miami')!;

  it('GIVEN a close call THEN the options are numbered and typing a number picks one', async () => {
    const out = await closeCallChat(['miami key limits', '1']);
    expect(out).toMatch(/Options: 1\) Getting an API key/);
    expect(out).toContain(miami.topics.api_key.title);
  });

  it('GIVEN a number with no options on offer THEN it is asked as a question, not picked', async () => {
    const out = await closeCallChat(['7']);
    expect(out).not.toContain(miami.topics.api_key.title);
  });

  it('GIVEN "more" after an answer with hidden points THEN the same answer in full, not a new question', async () => {
    const [short, full] = await chat(['what are the penalties in kansas city', 'more']);
    expect(short).toMatch(/\d+ more points?: type "more"/);
    expect(full?.split('\n')[0]).toBe(short?.split('\n')[0]);
    expect(full).not.toMatch(/more points?: type "more"/);
    expect(full!.split('\n- ').length).toBeGreaterThan(short!.split('\n- ').length);
  });

  it('GIVEN "more" with nothing left to show THEN it is asked as a question and the chat goes on', async () => {
    const replies = await chat(['more', 'fees in LA?']);
    expect(replies).toHaveLength(2);
    expect(replies[1]).toMatch(/Los Angeles/);
  });
});

describe('terminal chat: drafts from the conversation', () => {
  it('GIVEN a revoked key THEN "draft that for me" prints an appeal with the date, between rules', async () => {
    const [, draft] = await chat([
      'my kc api key got revoked on March 3, can I appeal?',
      'draft that for me',
    ]);
    expect(draft).toMatch(/-----\nTo: Innovation & Technology department/);
    expect(draft).toMatch(/Subject: Request for review of an access decision/);
    expect(draft).toMatch(/revoke my API key on March 3\./);
  });

  it('GIVEN a dataset search THEN "can you write the email" requests that topic', async () => {
    const [, draft] = await chat(['any street tree data in LA?', 'can you write the email']);
    expect(draft).toMatch(/Subject: Data access request: street tree data/);
  });

  it('GIVEN a key question with details THEN the key request carries them', async () => {
    const [, draft] = await chat([
      "I'm Ana from Code for KC, how do i get an api key for kc? we expect 20k requests per day for our transit app",
      'draft that for me',
    ]);
    expect(draft).toMatch(/Subject: API key request/);
    expect(draft).toMatch(/20k requests per day/);
    expect(draft).toMatch(/Ana, Code for KC/);
  });
});
