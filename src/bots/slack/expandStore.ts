import type { Answer } from '../../knowledge/index.js';
import { approxBytes } from '../../sizeOf.js';
import { createIdStore, type IdStore } from './idStore.js';

/**
 * Answers kept briefly so their *More* button can show every point: a button value holds at most
 * 2,000 characters, and asking the engine again could give a different answer.
 */
export type ExpandStore = IdStore<Answer>;

export function createExpandStore(opts: { maxBytes?: number; ttlMs?: number } = {}): ExpandStore {
  return createIdStore<Answer>({
    maxBytes: opts.maxBytes ?? 16 * 1024 * 1024,
    ttlMs: opts.ttlMs ?? 60 * 60 * 1000,
    sizeOf: approxBytes,
  });
}

const shared = createExpandStore();

/** The store renderers use when none is injected; the *More* listener reads from the same one. */
export function defaultExpandStore(): ExpandStore {
  return shared;
}
