import { describe, expect, it } from 'vitest';
import { factsFromAnswer, mergeFacts, turnFacts } from '../../src/intents/draftFacts.js';
import { makeAnswer } from '../../src/intents/answers/common.js';

const hit = (id: string, title: string) => ({
  id,
  title,
  description: '',
  type: 'dataset',
  platform: 'socrata' as const,
  portalId: 'p',
});

const searchAnswer = (datasets: ReturnType<typeof hit>[], total: number) =>
  makeAnswer({
    kind: 'datasets',
    intent: 'find_dataset',
    city: 'x',
    lang: 'en',
    title: '',
    summary: '',
    confidence: 1,
    datasets,
    total,
  });

describe('draft facts', () => {
  it('GIVEN a search that found nothing THEN the letter is a request to publish the topic', () => {
    const a = searchAnswer([], 0);
    expect(factsFromAnswer(a, 'street trees')).toEqual({
      kind: 'publish',
      dataset: { topic: 'street trees' },
    });
  });

  it('GIVEN a search with one result THEN that dataset by id and title', () => {
    const a = searchAnswer([hit('abcd-1234', 'Street Trees')], 1);
    expect(factsFromAnswer(a, 'trees').dataset).toEqual({
      id: 'abcd-1234',
      title: 'Street Trees',
      topic: 'trees',
    });
  });

  it('GIVEN a later turn THEN its facts win and earlier ones stay; a new city keeps only who and why', () => {
    const first = {
      kind: 'appeal' as const,
      decision: 'revoked',
      purpose: 'a study',
      person: 'Ana',
      dataset: { topic: 'crime data' },
    };
    expect(mergeFacts(first, { kind: 'api_key' }, true)).toMatchObject({
      kind: 'api_key',
      decision: 'revoked',
      purpose: 'a study',
    });
    expect(mergeFacts(first, {}, false)).toEqual({ purpose: 'a study', person: 'Ana' });
  });

  it('GIVEN a flag about the same dataset THEN it is added, while a new topic replaces the old dataset', () => {
    const prev = { dataset: { id: 'abcd-1234', title: 'Crimes' } };
    expect(mergeFacts(prev, { dataset: { restricted: true } }, true).dataset).toEqual({
      id: 'abcd-1234',
      title: 'Crimes',
      restricted: true,
    });
    expect(mergeFacts(prev, { dataset: { topic: 'trees' } }, true).dataset).toEqual({ topic: 'trees' });
  });

  it("GIVEN the user's words and a dataset shown by id THEN the shown dataset wins, the user's kind too", () => {
    const t = turnFacts(
      { kind: 'access', dataset: { topic: 'that one', restricted: true } },
      { kind: 'api_key', dataset: { id: 'abcd-1234', title: 'Crimes' } },
    );
    expect(t).toEqual({
      kind: 'access',
      dataset: { topic: 'that one', restricted: true, id: 'abcd-1234', title: 'Crimes' },
    });
  });
});
