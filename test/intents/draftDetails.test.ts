import { describe, expect, it } from 'vitest';
import { factsFromMessage } from '../../src/intents/draftDetails.js';

const PLACES = ['kansas city', 'kc', 'los angeles', 'la', 'miami'];
const facts = (text: string) => factsFromMessage(text, PLACES);

describe('factsFromMessage', () => {
  it('GIVEN a decision that happened THEN an appeal with the decision word', () => {
    expect(facts('my key got revoked last week')).toMatchObject({
      kind: 'appeal',
      decision: 'revoked',
      aboutKey: true,
    });
    expect(facts('they denied my request')).toMatchObject({ kind: 'appeal', decision: 'denied' });
  });

  it('GIVEN a fear of being denied THEN no decision to appeal', () => {
    const f = facts('how do i ask for it so i dont get denied');
    expect(f.decision).toBeUndefined();
    expect(f.kind).not.toBe('appeal');
  });

  it('GIVEN a data subject with place names and "restricted" THEN a clean topic and the flag', () => {
    expect(facts("I need LA's restricted parking citation data").dataset).toEqual({
      topic: 'parking citation data',
      restricted: true,
    });
  });

  it('GIVEN only a data noun THEN no topic ("the data" names nothing)', () => {
    expect(facts('can I get the data?').dataset).toBeUndefined();
  });

  it('GIVEN a purpose, a volume, a date and a name THEN each is kept as written', () => {
    const f = facts(
      'This is Ben Ortiz from Civic Lab. We expect 5k calls per day for a class project on flooding, since Jan 5',
    );
    expect(f).toMatchObject({
      person: 'Ben Ortiz',
      organisation: 'Civic Lab',
      volume: '5k calls per day',
      purpose: 'a class project on flooding',
      dates: ['Jan 5'],
    });
  });

  it('GIVEN "from" a place rather than an organisation THEN no organisation', () => {
    expect(facts("I'm Ana from KC").organisation).toBeUndefined();
  });

  it('GIVEN a pasted dataset id THEN the dataset carries it', () => {
    expect(facts('request access to 2nrs-mtv8 please').dataset?.id).toBe('2nrs-mtv8');
  });
});
