/**
 * Feature hash -> weight row, as an open-addressing table over typed arrays: the keys are already
 * well-mixed 30-bit hashes, so a lookup is a mask and usually one compare, with no per-lookup
 * allocation (a Map of 30k entries was the classifier's largest cost).
 */
export class FeatureIndex {
  readonly size: number;
  /** Row order: hashes[row] is the feature of weight row `row`. */
  readonly hashes: Int32Array;
  private readonly keys: Int32Array;
  private readonly rows: Int32Array;
  private readonly mask: number;

  constructor(hashes: Int32Array) {
    this.hashes = hashes;
    this.size = hashes.length;
    let slots = 16;
    while (slots < hashes.length * 2) slots *= 2;
    this.mask = slots - 1;
    this.keys = new Int32Array(slots).fill(-1);
    this.rows = new Int32Array(slots);
    for (let row = 0; row < hashes.length; row++) {
      let i = hashes[row]! & this.mask;
      while (this.keys[i] !== -1) i = (i + 1) & this.mask;
      this.keys[i] = hashes[row]!;
      this.rows[i] = row;
    }
  }

  /** The row of a feature hash, or -1 when the model never kept it. */
  get(hash: number): number {
    let i = hash & this.mask;
    for (;;) {
      const key = this.keys[i]!;
      if (key === hash) return this.rows[i]!;
      if (key === -1) return -1;
      i = (i + 1) & this.mask;
    }
  }
}
