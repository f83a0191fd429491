import { describe, expect, it } from 'vitest';
import type { DatasetSearch } from '../../src/search/types.js';
import { realEngine } from '../helpers/engine.js';

/** Records every search; any search here is the failure being tested for. */
function recordingSearch(): DatasetSearch & { queries: string[] } {
  const queries: string[] = [];
  return {
    queries,
    async search(_portals, query) {
      queries.push(query);
      return { ok: true, total: 0, hits: [], stale: false, failedPortals: [] };
    },
    async details() {
      return { ok: false, error: 'not_found', stale: false } as never;
    },
    async suggest() {
      return [];
    },
  };
}

// Misspelt question words, written for this test (not from any labelled file).
const cases: [string, string][] = [
  ['how lng does miami take to aprove a data reqest', 'timeline'],
  ['wat is the fien for scrapping the kc api', 'penalties'],
  ['hw much dose an api key cost in LA', 'fees'],
  ['wher do i submitt the aplication form for miami', 'forms'],
];

describe('engine: typos in the question words', () => {
  it.each(cases)('GIVEN %j THEN %s, and no live search for the misspelt words', async (q, intent) => {
    const search = recordingSearch();
    const r = await realEngine({ search }).ask({ text: q });
    expect(r.intent).toBe(intent);
    expect(search.queries).toEqual([]);
  });
});
