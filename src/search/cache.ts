import { LRUCache } from 'lru-cache';
import { approxBytes } from '../sizeOf.js';
import { withinDeadline } from './http/deadline.js';
import { UpstreamError } from './http/errors.js';

interface Entry {
  value: unknown;
  freshUntil: number;
}

export interface Cached<T> {
  value: T;
  stale: boolean;
}

/**
 * TTL cache of portal results. Identical concurrent loads share one upstream call; when a load
 * fails (other than "not found") an expired entry is served instead and marked stale.
 * Entries stay `keepMs` past freshness for exactly that purpose.
 */
export class ResultCache {
  private readonly entries: LRUCache<string, Entry>;
  private readonly inflight = new Map<string, Promise<Cached<unknown>>>();

  /** `maxBytes` bounds memory (default 32 MB); an entry over an eighth of it is not kept at all. */
  constructor(opts: { maxBytes?: number; keepMs?: number } = {}) {
    const maxSize = opts.maxBytes ?? 32 * 1024 * 1024;
    this.entries = new LRUCache<string, Entry>({
      maxSize,
      maxEntrySize: Math.floor(maxSize / 8),
      sizeCalculation: (entry, key) => approxBytes(entry.value) + 2 * key.length,
      ttl: opts.keepMs ?? 24 * 3600_000,
    });
  }

  /** Approximate bytes held, for tests and benches. */
  get bytes(): number {
    return this.entries.calculatedSize;
  }

  /** Fresh value without any upstream call, or undefined. */
  peek<T>(key: string): T | undefined {
    const entry = this.entries.get(key);
    return entry && entry.freshUntil > Date.now() ? (entry.value as T) : undefined;
  }

  async get<T>(
    key: string,
    freshMs: number,
    load: () => Promise<T>,
    signal: AbortSignal,
  ): Promise<Cached<T>> {
    const entry = this.entries.get(key);
    if (entry && entry.freshUntil > Date.now()) return { value: entry.value as T, stale: false };
    let shared = this.inflight.get(key) as Promise<Cached<T>> | undefined;
    if (!shared) {
      shared = this.loadOrStale(key, freshMs, load);
      this.inflight.set(key, shared);
      const forget = () => this.inflight.delete(key);
      shared.then(forget, forget);
    }
    try {
      return await withinDeadline(shared, signal);
    } catch (err) {
      // This caller's budget ended while it waited on someone else's load.
      const stale = this.staleFor(key, err);
      if (stale) return stale as Cached<T>;
      throw err;
    }
  }

  private async loadOrStale<T>(key: string, freshMs: number, load: () => Promise<T>): Promise<Cached<T>> {
    try {
      const value = await load();
      this.entries.set(key, { value, freshUntil: Date.now() + freshMs });
      return { value, stale: false };
    } catch (err) {
      const stale = this.staleFor(key, err);
      if (stale) return stale as Cached<T>;
      throw err;
    }
  }

  private staleFor(key: string, err: unknown): Cached<unknown> | undefined {
    if (err instanceof UpstreamError && err.kind === 'not_found') return undefined;
    const entry = this.entries.get(key);
    return entry ? { value: entry.value, stale: true } : undefined;
  }
}
