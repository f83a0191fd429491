import { LRUCache } from 'lru-cache';
import type { Intent, Lang } from '../knowledge/index.js';
import type { DraftFacts } from './draftFacts.js';

/** What a conversation remembers between questions. */
export interface ConversationState {
  city?: string;
  intent?: Intent;
  /** Last dataset search topic, so "what about LA?" after a search searches LA. */
  query?: string;
  /** When the last place asked about is one the bot does not cover (`city` is then `other`). */
  other?: { name: string; resembles?: string };
  /** What a drafted letter can use: the request's kind, dataset, purpose, dates and names given so far. */
  facts?: DraftFacts;
  /** The language of the last answer: short follow-ups ("¿y LA?", "ok") keep it. */
  lang?: Lang;
}

export interface ContextStore {
  get(key: string): ConversationState | undefined;
  set(key: string, state: ConversationState): void;
}

/** Bounded in size and time: old conversations are forgotten, never grow memory without bound. */
export function createContextStore(opts: { max?: number; ttlMs?: number } = {}): ContextStore {
  const cache = new LRUCache<string, ConversationState>({
    max: opts.max ?? 5000,
    ttl: opts.ttlMs ?? 30 * 60_000,
  });
  return {
    get: (key) => cache.get(key),
    set: (key, state) => {
      cache.set(key, state);
    },
  };
}
