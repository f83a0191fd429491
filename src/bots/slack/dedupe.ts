/** Remembers keys for a while; `claim` is true only the first time a key is seen. */
export interface Deduper {
  claim(key: string): boolean;
}

/**
 * Slack redelivers an event it thinks failed (same `event_id`, new `X-Slack-Retry-Num` or envelope), a
 * replayed request carries the same `trigger_id`, and one message can arrive as both `app_mention` and
 * `message.im`. Claiming keys makes each answered once.
 *
 * Keys are kept for the window (one hour by default) however many arrive: a Map in arrival order,
 * expired keys dropped from the front as new ones come, so no timer per key. Only Slack-signed
 * requests reach it, so its size follows real traffic; `maxKeys` is a memory guard far above that.
 */
export function createDeduper(
  opts: { windowMs?: number; maxKeys?: number; now?: () => number } = {},
): Deduper {
  const windowMs = opts.windowMs ?? 60 * 60 * 1000;
  const maxKeys = opts.maxKeys ?? 1_000_000;
  const now = opts.now ?? Date.now;
  const seenAt = new Map<string, number>();
  return {
    claim(key) {
      const t = now();
      for (const [oldest, at] of seenAt) {
        if (t - at < windowMs && seenAt.size < maxKeys) break;
        seenAt.delete(oldest);
      }
      if (seenAt.has(key)) return false;
      seenAt.set(key, t);
      return true;
    },
  };
}
