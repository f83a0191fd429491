/**
 * Feature hash -> weight row, as an open-addressing table over one typed array: the keys are already
 * well-mixed 30-bit hashes, so a lookup is a mask and usually one compare, with no per-lookup
 * allocation. Each slot keeps its key and row side by side, so a lookup touches one cache line: the
 * classifier is bound by memory latency once the rest of the engine has run, not by arithmetic.
 */
export class FeatureIndex {
  readonly size: number;
  /** Row order: hashes[row] is the feature of weight row `row`. */
  readonly hashes: Int32Array;
  /** slots[2i] is a key (-1: empty), slots[2i + 1] its row. */
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(hashes: Int32Array) {
    this.hashes = hashes;
    this.size = hashes.length;
    let slots = 16;
    while (slots < hashes.length * 2) slots *= 2;
    this.mask = slots - 1;
    this.slots = new Int32Array(slots * 2).fill(-1);
    for (let row = 0; row < hashes.length; row++) {
      let i = hashes[row]! & this.mask;
      while (this.slots[2 * i] !== -1) i = (i + 1) & this.mask;
      this.slots[2 * i] = hashes[row]!;
      this.slots[2 * i + 1] = row;
    }
  }

  /** The row of a feature hash, or -1 when the model never kept it. */
  get(hash: number): number {
    const slots = this.slots;
    let i = hash & this.mask;
    for (;;) {
      const key = slots[2 * i]!;
      if (key === hash) return slots[2 * i + 1]!;
      if (key === -1) return -1;
      i = (i + 1) & this.mask;
    }
  }
}
