import { LRUCache } from 'lru-cache';

/** Remembers keys for a while; `claim` is true only the first time a key is seen. */
export interface Deduper {
  claim(key: string): boolean;
}

/**
 * Slack redelivers an event it thinks failed (same `event_id`, new `X-Slack-Retry-Num` or envelope), and
 * one message can arrive as both `app_mention` and `message.im`. Claiming keys makes each answered once.
 */
export function createDeduper(opts: { max?: number; ttlMs?: number } = {}): Deduper {
  const seen = new LRUCache<string, true>({ max: opts.max ?? 20_000, ttl: opts.ttlMs ?? 60 * 60 * 1000 });
  return {
    claim(key) {
      if (seen.has(key)) return false;
      seen.set(key, true);
      return true;
    },
  };
}
