import type { SparseVector } from './linearModel.js';

const EMPTY = -1;
const slotOf = (row: number, mask: number) => Math.imul(row, 0x9e3779b1) & mask;

/**
 * The distinct weight rows of one message and their counts, in a small open-addressing table that
 * stays in the first-level cache (a count per vocabulary row would touch a cold line per feature).
 * It grows for long messages and is cleared slot by slot when taken.
 */
export class RowCounter {
  private keys = new Int32Array(1024).fill(EMPTY);
  private counts = new Uint16Array(1024);
  /** Occupied slots in first-seen order. */
  private order = new Int32Array(512);
  private n = 0;

  /** Counts one occurrence of `row`; a negative row (a feature the model never kept) is ignored. */
  add(row: number): void {
    if (row < 0) return;
    const { keys, counts } = this;
    const mask = keys.length - 1;
    let i = slotOf(row, mask);
    for (;;) {
      const key = keys[i]!;
      if (key === row) {
        if (counts[i]! < 0xffff) counts[i]!++;
        return;
      }
      if (key === EMPTY) break;
      i = (i + 1) & mask;
    }
    keys[i] = row;
    counts[i] = 1;
    this.order[this.n++] = i;
    if (2 * this.n >= keys.length) this.grow();
  }

  /**
   * The counted rows in first-seen order, each count over the square root of all counts; empties
   * the counter. Linear in occurrences, so a message's logits are the sum of its words' (wordSums.ts).
   */
  take(): SparseVector {
    const { keys, counts, order, n } = this;
    const index = new Int32Array(n);
    const value = new Float32Array(n);
    let total = 0;
    for (let j = 0; j < n; j++) {
      const slot = order[j]!;
      const c = counts[slot]!;
      index[j] = keys[slot]!;
      keys[slot] = EMPTY;
      value[j] = c;
      total += c;
    }
    this.n = 0;
    const scale = total > 0 ? 1 / Math.sqrt(total) : 0;
    for (let j = 0; j < n; j++) value[j]! *= scale;
    return { index, value };
  }

  private grow(): void {
    const size = this.keys.length * 2;
    const keys = new Int32Array(size).fill(EMPTY);
    const counts = new Uint16Array(size);
    const order = new Int32Array(size / 2);
    for (let j = 0; j < this.n; j++) {
      const old = this.order[j]!;
      const row = this.keys[old]!;
      let i = slotOf(row, size - 1);
      while (keys[i] !== EMPTY) i = (i + 1) & (size - 1);
      keys[i] = row;
      counts[i] = this.counts[old]!;
      order[j] = i;
    }
    Object.assign(this, { keys, counts, order });
  }
}
