import { randomUUID } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { Answer } from '../../knowledge/index.js';
import { approxBytes } from '../../sizeOf.js';

export interface SharedAnswer {
  answer: Answer;
  /** Only the user who got the ephemeral answer may post it publicly. */
  userId: string;
}

/**
 * Ephemeral answers kept briefly so "Share in channel" can repost them: Slack does not send an ephemeral
 * message's blocks back with the click, and asking the engine again could give a different answer.
 */
export interface ShareStore {
  put(entry: SharedAnswer): string;
  get(id: string): SharedAnswer | undefined;
  delete(id: string): void;
}

export function createShareStore(opts: { maxBytes?: number; ttlMs?: number } = {}): ShareStore {
  // A response_url is good for 30 minutes; nothing can be shared after that anyway.
  const store = new LRUCache<string, SharedAnswer>({
    maxSize: opts.maxBytes ?? 16 * 1024 * 1024,
    sizeCalculation: (entry) => approxBytes(entry.answer),
    ttl: opts.ttlMs ?? 30 * 60 * 1000,
  });
  return {
    put(entry) {
      const id = randomUUID();
      store.set(id, entry);
      return id;
    },
    get: (id) => store.get(id),
    delete: (id) => {
      store.delete(id);
    },
  };
}
