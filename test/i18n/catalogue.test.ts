import { describe, expect, it } from 'vitest';
import { EN, type MessageKey } from '../../src/i18n/en.js';
import { ES } from '../../src/i18n/es.js';
import { listOf, t } from '../../src/i18n/index.js';

const keys = Object.keys(EN) as MessageKey[];
const slots = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Strings that are the same in both languages on purpose (labels that are codes or names). */
const SAME_IN_BOTH = new Set<MessageKey>(['listJoin', 'details.id', 'ui.api']);

describe('message catalogue', () => {
  it('GIVEN each key THEN the Spanish string fills the same slots as the English', () => {
    const mismatched = keys.filter((k) => slots(EN[k]).join() !== slots(ES[k]).join());
    expect(mismatched).toEqual([]);
  });

  it('GIVEN each key THEN the Spanish string is translated, not a copy of the English', () => {
    const copies = keys.filter((k) => !SAME_IN_BOTH.has(k) && EN[k] === ES[k]);
    expect(copies).toEqual([]);
  });

  it('GIVEN values THEN t fills them, and leaves an unfilled slot visible rather than blank', () => {
    expect(t('es', 'topic.whoToAsk', { office: 'City Attorney' })).toBe('A quién preguntar: City Attorney.');
    expect(t('en', 'topic.whoToAsk')).toBe('Who to ask: {office}.');
  });

  it('GIVEN lists THEN joined with the language\'s "and"', () => {
    expect(listOf('es', ['Miami', 'Kansas City', 'Los Angeles'])).toBe('Miami, Kansas City y Los Angeles');
    expect(listOf('en', ['Miami', 'Los Angeles'])).toBe('Miami and Los Angeles');
    expect(listOf('en', ['Miami'])).toBe('Miami');
  });
});
