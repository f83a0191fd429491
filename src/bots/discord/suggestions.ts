import { LRUCache } from 'lru-cache';
import type { Engine } from '../../intents/types.js';

export type Suggestion = { id: string; title: string };

/**
 * Autocomplete must answer within Discord's 3 s and cannot be deferred: answer from a local
 * cache when we can, give the engine a bounded time otherwise, and fall back to what we last saw.
 */
export interface SuggestionCache {
  suggest(input: { city: string; prefix: string }): Promise<Suggestion[]>;
}

export function createSuggestionCache(
  engine: Engine,
  opts: { ttlMs?: number; waitMs?: number; max?: number; limit?: number } = {},
): SuggestionCache {
  const fresh = new LRUCache<string, Suggestion[]>({ max: opts.max ?? 2000, ttl: opts.ttlMs ?? 60_000 });
  const lastSeen = new LRUCache<string, Suggestion[]>({ max: opts.max ?? 2000 });
  const waitMs = opts.waitMs ?? 1500;
  const limit = opts.limit ?? 25;
  return {
    async suggest({ city, prefix }) {
      const key = `${city}\u0000${prefix.trim().toLowerCase()}`;
      const cached = fresh.get(key);
      if (cached) return cached;
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<undefined>((resolve) => {
        timer = setTimeout(() => resolve(undefined), waitMs);
      });
      try {
        const found = await Promise.race([engine.suggestDatasets({ city, prefix, limit }), timeout]);
        if (!found) return lastSeen.get(key) ?? [];
        fresh.set(key, found);
        lastSeen.set(key, found);
        return found;
      } catch {
        return lastSeen.get(key) ?? [];
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
