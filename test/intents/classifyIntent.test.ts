import { describe, expect, it } from 'vitest';
import { classifyIntent } from '../../src/intents/classifyIntent.js';
import { normalizeQuestion } from '../../src/intents/normalize.js';

// Phrasings written for these tests (not the development set): each family of asks.
const cases: [string, string][] = [
  ['how much does a token cost', 'fees'],
  ['is access free', 'fees'],
  ['how long until they approve it', 'timeline'],
  ['my token was suspended yesterday, how do i get it reinstated', 'denied_appeal'],
  ['they throttled me for too many requests and then revoked my key. can i appeal?', 'denied_appeal'],
  ['what happens if my crawler ignores the terms', 'penalties'],
  ['who enforces the rules on misuse', 'penalties'],
  ['what are the rate limits', 'rate_limits'],
  ['am i allowed to cache responses in my app', 'rate_limits'],
  ['is there a form i have to fill out', 'forms'],
  ['where do i submit my request', 'forms'],
  ['who should i email about the portal', 'contact'],
  ['how do i get an app token', 'api_key'],
  ['what should i include in a request for restricted records', 'request_access'],
  ['what criteria do they use to approve requests', 'evaluation'],
  ['where do i find the dataset id', 'dataset_id'],
  ['is there any pothole data', 'find_dataset'],
  ['where is the open data portal', 'portal'],
  ['give me a step by step checklist', 'process'],
  ['can you draft an email asking for a key', 'draft_request'],
  ['what can you do', 'help'],
  ['hello', 'help'],
  ['tell me a joke about cats', 'out_of_scope'],
];

describe('classifyIntent', () => {
  it.each(cases)('GIVEN %j THEN %s', (q, intent) => {
    expect(classifyIntent(normalizeQuestion(q).text).intent).toBe(intent);
  });

  it('GIVEN a story ending in a question THEN the final question decides', () => {
    const q =
      'we run a dashboard and hit the rate limit a lot last month. the city emailed about it. anyway, how do we get an api key?';
    expect(classifyIntent(normalizeQuestion(q).text).intent).toBe('api_key');
  });

  it('GIVEN a set-aside topic THEN it is not the ask', () => {
    expect(
      classifyIntent(normalizeQuestion('not worried about cost, just how do i get a key').text).intent,
    ).toBe('api_key');
  });

  it('GIVEN only follow-up words THEN it is bare and not confident', () => {
    const c = classifyIntent(normalizeQuestion('ok what about that one?').text);
    expect(c.bare).toBe(true);
    expect(c.confidence).toBeLessThan(0.5);
  });

  it('GIVEN a question with an ask THEN it is not bare', () => {
    expect(classifyIntent(normalizeQuestion('and the fees?').text).bare).toBe(false);
  });

  it('GIVEN two asks in two clauses THEN the first leads and the second is kept', () => {
    const c = classifyIntent(
      normalizeQuestion('how much does it cost and how long does approval take?').text,
    );
    expect(c.intent).toBe('fees');
    expect(c.also).toBe('timeline');
  });

  it('GIVEN one ask with a distractor clause THEN there is no second ask', () => {
    const c = classifyIntent(normalizeQuestion('my key got revoked last week, can i appeal?').text);
    expect(c.intent).toBe('denied_appeal');
    expect(c.also).toBeUndefined();
  });

  it('GIVEN typos in the question words THEN the ask is still understood', () => {
    expect(
      classifyIntent(normalizeQuestion('how lng does it take to aprove a data reqest').text).intent,
    ).toBe('timeline');
  });

  it('GIVEN a clear ask THEN confidence is high', () => {
    expect(classifyIntent(normalizeQuestion('how much are the fees').text).confidence).toBeGreaterThan(0.7);
  });
});

describe('classifyIntent: Spanish and set-aside phrasing', () => {
  it.each([
    ['cuanto tiempo tarda la aprobacion', 'timeline'],
    ['hay un formulario para la clave', 'forms'],
    ['paso a paso por favor', 'process'],
  ])('GIVEN Spanish %j THEN %s', (q, intent) => {
    expect(classifyIntent(normalizeQuestion(q).text).intent).toBe(intent);
  });

  it('GIVEN "I\'d" THEN it is not read as a dataset id', () => {
    expect(
      classifyIntent(normalizeQuestion("which office should I email? I'd hate to bug the wrong one").text)
        .intent,
    ).toBe('contact');
  });

  it('GIVEN "not trying to get a key yet" THEN the key is not the ask', () => {
    expect(
      classifyIntent(normalizeQuestion('any street light data? not trying to get a key yet').text).intent,
    ).toBe('find_dataset');
  });
});
