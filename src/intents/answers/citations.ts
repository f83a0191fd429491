import type { AnswerSource, City } from '../../knowledge/index.js';

/** A city source as users see it: an internal note is replaced by the public document it summarises. */
export function publicSource(city: City, id: string): AnswerSource | undefined {
  const s = city.sources.find((x) => x.id === id);
  if (!s) return undefined;
  if (s.citeAs) return publicSource(city, s.citeAs);
  return { title: s.title, ...(s.url ? { url: s.url } : {}) };
}

/** An answer's numbered source list, built as points cite: the same source keeps one number. */
export interface SourceList {
  /** The 1-based numbers of these source ids, in first-cited order, without repeats. */
  cite(city: City, ids: readonly string[]): number[];
  sources(): AnswerSource[];
}

export function createSourceList(): SourceList {
  const list: AnswerSource[] = [];
  const index = new Map<string, number>();
  return {
    cite(city, ids) {
      const numbers: number[] = [];
      for (const id of ids) {
        const s = publicSource(city, id);
        if (!s) continue;
        const key = `${s.title}|${s.url ?? ''}`;
        let n = index.get(key);
        if (n === undefined) {
          list.push(s);
          n = list.length;
          index.set(key, n);
        }
        if (!numbers.includes(n)) numbers.push(n);
      }
      return numbers;
    },
    sources: () => [...list],
  };
}
