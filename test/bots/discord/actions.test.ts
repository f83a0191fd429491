import { describe, expect, it } from 'vitest';
import {
  type ButtonAction,
  createActionStore,
  decodeCustomId,
  encodeCustomId,
} from '../../../src/bots/discord/actions.js';

describe('button custom_id', () => {
  const cases: ButtonAction[] = [
    { kind: 'more', city: 'kansas-city', query: 'crime: 2024 | stats', offset: 10 },
    { kind: 'ask', text: 'Who do I contact in Miami?' },
    { kind: 'feedback', vote: 'down', intent: 'fees', city: 'los-angeles' },
  ];

  it.each(cases)('round-trips $kind inline, within 100 characters', (action) => {
    const store = createActionStore();
    const id = encodeCustomId(action, store);
    expect(id.startsWith('cdb:k:')).toBe(false);
    expect(id.length).toBeLessThanOrEqual(100);
    expect(decodeCustomId(id, store)).toEqual({ ok: true, action });
  });

  it('keeps long or odd actions in the store and reads them back', () => {
    const store = createActionStore();
    for (const action of [
      { kind: 'ask', text: `q ${'x'.repeat(200)}` },
      { kind: 'ask', text: 'emoji 😀 breaks nothing' },
      { kind: 'more', city: 'odd:city', query: 'q', offset: 0 },
    ] satisfies ButtonAction[]) {
      const id = encodeCustomId(action, store);
      expect(id).toMatch(/^cdb:k:[0-9a-z]+$/);
      expect(decodeCustomId(id, store)).toEqual({ ok: true, action });
    }
  });

  it('reports an evicted key as expired, not as some other action', () => {
    const store = createActionStore(1);
    const first = encodeCustomId({ kind: 'ask', text: 'a'.repeat(120) }, store);
    encodeCustomId({ kind: 'ask', text: 'b'.repeat(120) }, store);
    expect(decodeCustomId(first, store)).toEqual({ ok: false, reason: 'expired' });
  });

  it('rejects forged ids: unknown prefix, bad intent, bad vote, negative offset', () => {
    const store = createActionStore();
    for (const id of [
      'hello',
      'cdb:fb:up:steal_tokens:miami',
      'cdb:fb:maybe:fees:miami',
      'cdb:more:-1:miami:q',
      'cdb:ask:',
    ]) {
      expect(decodeCustomId(id, store)).toEqual({ ok: false, reason: 'unknown' });
    }
  });
});
