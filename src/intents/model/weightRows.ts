/** Adds weight row `row` of a row-major matrix, times `v`, into `z` (one entry per label). */
export function addRow(z: Float64Array, weights: Float32Array | Int16Array, row: number, v = 1): void {
  const k = z.length;
  const base = row * k;
  for (let c = 0; c < k; c++) z[c]! += v * weights[base + c]!;
}
