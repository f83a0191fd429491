import { afterEach, describe, expect, it } from 'vitest';
import { rankTitle, TitleIndex } from '../../src/search/titleIndex.js';
import { CITY_PORTALS, FIXTURE_PORTALS } from '../fakes/portal.js';
import { elapsedSince, type Harness, harness } from './helpers.js';

const KC = [FIXTURE_PORTALS.kansasCity];
let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('suggest', () => {
  it('GIVEN titles seen in an earlier search and a slow portal THEN answers from memory without waiting for it', async () => {
    h = await harness({}, { suggestWaitMs: 50 });
    await h.search.search(KC, 'crime');
    h.fake.latencyMs = 3000;
    const start = Date.now();
    const out = await h.search.suggest(KC, 'kcpd');
    expect(elapsedSince(start)).toBeLessThan(1000);
    expect(out.map((s) => s.id).sort()).toEqual(['isbe-v4d8', 'nsn9-g8a4']);
    expect(h.fake.count('/autocomplete')).toBe(1);
  });

  it('GIVEN the same prefix again THEN served from the autocomplete cache with no new request', async () => {
    h = await harness({}, { suggestWaitMs: 2000 });
    const first = await h.search.suggest(KC, 'prop');
    const second = await h.search.suggest(KC, 'PROP ');
    expect(first).toEqual([{ id: 'vq3e-m9ge', title: 'Property Violations' }]);
    expect(second).toEqual(first);
    expect(h.fake.count('/autocomplete')).toBe(1);
  });

  it('GIVEN a late upstream answer THEN the next keystroke gets it from cache', async () => {
    h = await harness({}, { suggestWaitMs: 10 }, { latencyMs: 100 });
    expect(await h.search.suggest(KC, 'property')).toEqual([]);
    await new Promise((r) => setTimeout(r, 300));
    expect(await h.search.suggest(KC, 'property')).toEqual([
      { id: 'vq3e-m9ge', title: 'Property Violations' },
    ]);
  });

  it('GIVEN a multi-portal city THEN titles from both portals, prefix matches first', async () => {
    h = await harness({}, { suggestWaitMs: 2000 });
    const out = await h.search.suggest(CITY_PORTALS['los-angeles'], 'lapd');
    expect(out[0]).toEqual({ id: 'd2e3f4a5b6c70819203a4b5c6d7e8f91_0', title: 'LAPD Divisions' });
  });

  it('GIVEN a one-letter prefix THEN answered from memory only, no upstream call', async () => {
    h = await harness({}, { suggestWaitMs: 2000 });
    await h.search.search(KC, 'property');
    const before = h.fake.requests.length;
    expect(await h.search.suggest(KC, 'p')).toEqual([{ id: 'vq3e-m9ge', title: 'Property Violations' }]);
    expect(h.fake.requests.length).toBe(before);
  });

  it('GIVEN an upstream failure and nothing in memory THEN an empty list, not an error', async () => {
    h = await harness({}, { suggestWaitMs: 2000 });
    h.fake.on('/autocomplete', { status: 500 });
    expect(await h.search.suggest(KC, 'zz')).toEqual([]);
  });
});

describe('TitleIndex', () => {
  it('GIVEN titles THEN prefix, then word start, then substring; others excluded', () => {
    const index = new TitleIndex();
    index.add('p', [
      { id: '1', title: 'Old crime map' },
      { id: '2', title: 'Crime Data 2020' },
      { id: '3', title: 'Recrimination log' },
      { id: '4', title: 'Parking' },
    ]);
    expect(index.match('p', 'crim', 10).map((s) => s.id)).toEqual(['2', '1', '3']);
    expect(index.match('other', 'crim', 10)).toEqual([]);
  });

  it('GIVEN more titles than the byte capacity THEN the oldest are forgotten', () => {
    // Three 70-byte entries (two characters of title and one of id, plus overhead) in 150 bytes.
    const index = new TitleIndex(150);
    index.add('p', [
      { id: '1', title: 'a1' },
      { id: '2', title: 'a2' },
      { id: '3', title: 'a3' },
    ]);
    expect(
      index
        .match('p', 'a', 10)
        .map((s) => s.id)
        .sort(),
    ).toEqual(['2', '3']);
  });

  it('rankTitle: empty needle ranks everything first', () => {
    expect(rankTitle('anything', '')).toBe(0);
    expect(rankTitle('abc', 'zzz')).toBe(3);
  });
});
