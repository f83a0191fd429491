import { t } from '../i18n/index.js';
/**
 * Per-user token bucket shared by the chat adapters. `take` says whether to answer, and whether
 * this is the first refusal since the user was last allowed (so they get one "slow down", not many).
 */
export interface RateLimiter {
  take(key: string, now?: number): { allowed: boolean; notify: boolean };
}

export function createRateLimiter(opts: {
  capacity: number;
  refillPerSecond: number;
  maxKeys?: number;
}): RateLimiter {
  const buckets = new Map<string, { tokens: number; at: number; warned: boolean }>();
  const maxKeys = opts.maxKeys ?? 10_000;
  return {
    take(key, now = Date.now()) {
      let b = buckets.get(key);
      if (!b) {
        if (buckets.size >= maxKeys) buckets.delete(buckets.keys().next().value as string);
        b = { tokens: opts.capacity, at: now, warned: false };
        buckets.set(key, b);
      }
      b.tokens = Math.min(opts.capacity, b.tokens + ((now - b.at) / 1000) * opts.refillPerSecond);
      b.at = now;
      if (b.tokens >= 1) {
        b.tokens -= 1;
        b.warned = false;
        return { allowed: true, notify: false };
      }
      const notify = !b.warned;
      b.warned = true;
      return { allowed: false, notify };
    },
  };
}

export const SLOW_DOWN_TEXT = t('en', 'ui.slowDown');
