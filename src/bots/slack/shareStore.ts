import type { Answer } from '../../knowledge/index.js';
import { approxBytes } from '../../sizeOf.js';
import { createIdStore, type IdStore } from './idStore.js';

export interface SharedAnswer {
  answer: Answer;
  /** Only the user who got the ephemeral answer may post it publicly. */
  userId: string;
}

/**
 * Ephemeral answers kept briefly so "Share in channel" can repost them: Slack does not send an ephemeral
 * message's blocks back with the click, and asking the engine again could give a different answer.
 */
export type ShareStore = IdStore<SharedAnswer>;

export function createShareStore(opts: { maxBytes?: number; ttlMs?: number } = {}): ShareStore {
  // A response_url is good for 30 minutes; nothing can be shared after that anyway.
  return createIdStore<SharedAnswer>({
    maxBytes: opts.maxBytes ?? 16 * 1024 * 1024,
    ttlMs: opts.ttlMs ?? 30 * 60 * 1000,
    sizeOf: (entry) => approxBytes(entry.answer),
  });
}
