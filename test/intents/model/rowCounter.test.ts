import { describe, expect, it } from 'vitest';
import { FeatureIndex } from '../../../src/intents/model/featureIndex.js';
import { RowCounter } from '../../../src/intents/model/rowCounter.js';

/** The plain reading of a count vector: first-seen order, each count over the square root of all counts. */
function reference(rows: number[]) {
  const counts = new Map<number, number>();
  for (const r of rows) if (r >= 0) counts.set(r, (counts.get(r) ?? 0) + 1);
  const index = [...counts.keys()];
  const total = index.reduce((s, r) => s + counts.get(r)!, 0);
  return { index, value: index.map((r) => counts.get(r)! / Math.sqrt(total)) };
}

function take(rows: number[]) {
  const counter = new RowCounter();
  for (const r of rows) counter.add(r);
  const got = counter.take();
  return { index: [...got.index], value: [...got.value] };
}

describe('RowCounter', () => {
  it('counts repeats once per row, in first-seen order, and skips unknown rows', () => {
    const got = take([7, 3, -1, 7, 7, 12, 3]);
    const want = reference([7, 3, 7, 7, 12, 3]);
    expect(got.index).toEqual(want.index);
    for (const [i, v] of got.value.entries()) expect(v).toBeCloseTo(want.value[i]!, 6);
  });

  it('keeps every count when a long message outgrows its first table', () => {
    // 3,000 distinct rows, most seen twice: the table must grow (it starts at 1,024 slots).
    const rows = Array.from({ length: 5000 }, (_, i) => (i * 7919) % 3000);
    const got = take(rows);
    const want = reference(rows);
    expect(got.index).toEqual(want.index);
    for (const [i, v] of got.value.entries()) expect(v).toBeCloseTo(want.value[i]!, 6);
  });

  it('starts empty again after each take', () => {
    const counter = new RowCounter();
    for (const r of [1, 2, 2]) counter.add(r);
    counter.take();
    counter.add(5);
    expect([...counter.take().index]).toEqual([5]);
  });
});

describe('FeatureIndex', () => {
  it('finds every kept hash, colliding ones included, and nothing else', () => {
    // Hashes that share their low bits land in the same slot and must probe onward.
    const hashes = Int32Array.from([5, 5 + 64, 5 + 128, 9, 1 << 20]);
    const index = new FeatureIndex(hashes);
    for (const [row, h] of hashes.entries()) expect(index.get(h)).toBe(row);
    expect(index.get(5 + 256)).toBe(-1);
    expect(index.get(6)).toBe(-1);
  });
});
