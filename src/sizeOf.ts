/**
 * Roughly how many bytes a cached value holds: its JSON length, twice for UTF-16 strings. Caches are
 * bounded by this rather than by entry count, because one portal record can be 1 kB or 4 MB.
 */
export function approxBytes(value: unknown): number {
  try {
    return Math.max(1, 2 * (JSON.stringify(value)?.length ?? 1));
  } catch {
    return 1024;
  }
}
