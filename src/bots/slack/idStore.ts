import { randomUUID } from 'node:crypto';
import { LRUCache } from 'lru-cache';

/** Values kept under random ids for a while, bounded in bytes and age (buttons point at them). */
export interface IdStore<T extends object> {
  put(value: T): string;
  get(id: string): T | undefined;
  delete(id: string): void;
}

export function createIdStore<T extends object>(opts: {
  maxBytes: number;
  ttlMs: number;
  /** Approximate size of one value, so a few huge answers cannot hold the memory of thousands. */
  sizeOf: (value: T) => number;
}): IdStore<T> {
  const store = new LRUCache<string, T>({
    maxSize: opts.maxBytes,
    sizeCalculation: (value) => Math.max(1, opts.sizeOf(value)),
    ttl: opts.ttlMs,
  });
  return {
    put(value) {
      const id = randomUUID();
      store.set(id, value);
      return id;
    },
    get: (id) => store.get(id),
    delete: (id) => {
      store.delete(id);
    },
  };
}
