import { describe, expect, it } from 'vitest';
import type { DatasetHit } from '../../src/knowledge/index.js';
import type { SearchPage } from '../../src/search/providers/types.js';
import { scanPages } from '../../src/search/scan.js';

/** A portal whose ranked list is `items`: 'c' is the city's own item, 'x' a look-alike's. */
function portal(items: string) {
  const calls: [number, number][] = [];
  const fetchPage = async (offset: number, limit: number): Promise<SearchPage> => {
    calls.push([offset, limit]);
    const slice = [...items.slice(offset, offset + limit)];
    return {
      total: items.length,
      returned: slice.length,
      hits: slice.flatMap((k, i) => (k === 'c' ? [hit(offset + i)] : [])),
      skipped: slice.filter((k) => k === 'x').map(() => 'Look-alike County'),
    };
  };
  return { fetchPage, calls };
}

const hit = (n: number): DatasetHit => ({
  id: `id-${n}`,
  title: `T${n}`,
  description: '',
  type: 'dataset',
  platform: 'socrata',
  portalId: 'p',
});

describe('scanPages', () => {
  it('GIVEN nothing left out THEN one read and the portal count as an exact total', async () => {
    const p = portal('cccccccc');
    const out = await scanPages(p.fetchPage, 0, 3);
    expect(p.calls).toEqual([[0, 3]]);
    expect(out).toMatchObject({ total: 8, exact: true, skipped: [] });
    expect(out.hits.map((h) => h.id)).toEqual(['id-0', 'id-1', 'id-2']);
  });

  it('GIVEN a first page of look-alikes THEN it reads on until it has city items', async () => {
    const p = portal('xxxcccxx');
    const out = await scanPages(p.fetchPage, 0, 3);
    expect(p.calls).toEqual([
      [0, 3],
      [3, 3],
    ]);
    expect(out.hits.map((h) => h.id)).toEqual(['id-3', 'id-4', 'id-5']);
    expect(out).toMatchObject({ total: 5, exact: false });
    expect(out.skipped).toHaveLength(3);
  });

  it('GIVEN every match read THEN the total counts only the city items, exactly', async () => {
    const p = portal('xcxxcx');
    const out = await scanPages(p.fetchPage, 0, 10);
    expect(out).toMatchObject({ total: 2, exact: true });
  });

  it('GIVEN look-alikes for page after page THEN it stops after 3 extra reads with an upper-bound total', async () => {
    const p = portal(`${'x'.repeat(40)}c`);
    const out = await scanPages(p.fetchPage, 0, 5);
    expect(p.calls).toHaveLength(4);
    expect(out.hits).toEqual([]);
    expect(out).toMatchObject({ total: 41 - 20, exact: false });
  });

  it('GIVEN a portal that returns an empty page before its count THEN one read, no loop', async () => {
    let reads = 0;
    const fetchPage = async (): Promise<SearchPage> => {
      reads++;
      return { total: 99, returned: 0, hits: [], skipped: [] };
    };
    const out = await scanPages(fetchPage, 0, 5);
    expect(reads).toBe(1);
    expect(out.hits).toEqual([]);
  });
});
