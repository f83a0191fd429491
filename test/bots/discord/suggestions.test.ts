import { describe, expect, it } from 'vitest';
import { createSuggestionCache } from '../../../src/bots/discord/suggestions.js';
import type { Engine } from '../../../src/intents/types.js';
import { createFakeEngine } from '../../fakes/discordEngine.js';

function engineWith(suggest: Engine['suggestDatasets']): Engine & { count: number } {
  const base = createFakeEngine();
  const wrapped = {
    ...base,
    count: 0,
    suggestDatasets: (input: Parameters<Engine['suggestDatasets']>[0]) => {
      wrapped.count += 1;
      return suggest(input);
    },
  };
  return wrapped;
}

describe('suggestion cache', () => {
  it('serves a repeated prefix from the cache without asking the engine again', async () => {
    const engine = engineWith(async () => [{ id: 'a', title: 'A' }]);
    const cache = createSuggestionCache(engine);
    expect(await cache.suggest({ city: 'miami', prefix: 'Per' })).toEqual([{ id: 'a', title: 'A' }]);
    expect(await cache.suggest({ city: 'miami', prefix: 'per ' })).toEqual([{ id: 'a', title: 'A' }]);
    expect(engine.count).toBe(1);
  });

  it('falls back to the last answer seen when the engine is slow, and to nothing at first', async () => {
    let slow = false;
    const engine = engineWith(async () => {
      if (slow) await new Promise((r) => setTimeout(r, 200));
      return [{ id: 'b', title: 'B' }];
    });
    const cache = createSuggestionCache(engine, { ttlMs: 1, waitMs: 20 });
    await cache.suggest({ city: 'miami', prefix: 'x' });
    await new Promise((r) => setTimeout(r, 5));
    slow = true;
    expect(await cache.suggest({ city: 'miami', prefix: 'x' })).toEqual([{ id: 'b', title: 'B' }]);
    expect(await cache.suggest({ city: 'miami', prefix: 'never-seen' })).toEqual([]);
  });

  it('answers with nothing rather than failing when the engine throws', async () => {
    const cache = createSuggestionCache(
      engineWith(async () => {
        throw new Error('portal down');
      }),
    );
    expect(await cache.suggest({ city: 'miami', prefix: 'x' })).toEqual([]);
  });
});
