import { LRUCache } from 'lru-cache';
import type { Suggestion } from './providers/types.js';

const MAX_TITLE = 300;

/** Titles seen per portal (from searches and autocomplete), answering prefix lookups from memory. */
export class TitleIndex {
  private readonly portals = new Map<string, LRUCache<string, string>>();

  /** `perPortalBytes` bounds memory per portal (default 1 MB): titles come from portal data, any length. */
  constructor(private readonly perPortalBytes = 1024 * 1024) {}

  add(portalKey: string, items: Suggestion[]): void {
    let titles = this.portals.get(portalKey);
    if (!titles) {
      titles = new LRUCache<string, string>({
        maxSize: this.perPortalBytes,
        sizeCalculation: (title, id) => 2 * (title.length + id.length) + 64,
      });
      this.portals.set(portalKey, titles);
    }
    // Autocomplete shows a line of text: a longer title only costs memory.
    for (const item of items) titles.set(item.id, item.title.slice(0, MAX_TITLE));
  }

  /** Title starts with the prefix first, then a word does, then anywhere; most recent first within a rank. */
  match(portalKey: string, prefix: string, limit: number): Suggestion[] {
    const titles = this.portals.get(portalKey);
    if (!titles) return [];
    const needle = prefix.trim().toLowerCase();
    const ranked: { rank: number; item: Suggestion }[] = [];
    for (const [id, title] of titles.entries()) {
      const rank = rankTitle(title.toLowerCase(), needle);
      if (rank < 3) ranked.push({ rank, item: { id, title } });
    }
    return ranked
      .sort((a, b) => a.rank - b.rank)
      .slice(0, limit)
      .map((r) => r.item);
  }
}

export function rankTitle(title: string, needle: string): number {
  if (!needle || title.startsWith(needle)) return 0;
  if (title.split(/[^a-z0-9]+/).some((w) => w.startsWith(needle)) || title.includes(` ${needle}`)) return 1;
  return title.includes(needle) ? 2 : 3;
}
