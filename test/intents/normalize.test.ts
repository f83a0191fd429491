import { describe, expect, it } from 'vitest';
import { cleanInput, MAX_QUESTION_CHARS, normalizeQuestion } from '../../src/intents/normalize.js';

describe('normalizeQuestion', () => {
  it('folds case, accents, contractions and repeated letters', () => {
    expect(normalizeQuestion("WHAT'S the fée for Miamiii ???").text).toBe('whats the fee for miami ?');
  });

  it('drops Slack mention and channel markup', () => {
    expect(normalizeQuestion('<@U123> <!channel> fees in KC').text).toBe('fees in kc');
  });

  it('keeps L.A. as one word and sentence marks as tokens', () => {
    expect(normalizeQuestion('L.A. fees. And timelines?').text).toBe('la fees . and timelines ?');
  });

  it('removes control, zero-width and bidi characters', () => {
    expect(cleanInput('a\u0000b\u200bc\u202ed').text).toBe('a bcd');
  });

  it('GIVEN a huge message THEN it is truncated and says so', () => {
    const n = normalizeQuestion('x '.repeat(100_000));
    expect(n.truncated).toBe(true);
    expect(n.original.length).toBeLessThanOrEqual(MAX_QUESTION_CHARS);
  });

  it('GIVEN only punctuation THEN the text is empty', () => {
    expect(normalizeQuestion(' ?!... ').text).toBe('');
  });
});
