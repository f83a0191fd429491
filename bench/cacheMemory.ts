/**
 * Heap held by the dataset result cache after 60 distinct large records (issue 11, finding 4):
 * about 1 MB each. Run: node --expose-gc --import tsx bench/cacheMemory.ts
 */
import { ResultCache } from '../src/search/cache.js';

const RECORDS = 60;
const never = new AbortController().signal;
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const heapMb = () => {
  gc();
  return process.memoryUsage().heapUsed / 1024 / 1024;
};

const cache = new ResultCache();
const size = () => (cache as unknown as { entries: { size: number } }).entries.size;
const before = heapMb();
for (let i = 0; i < RECORDS; i++) {
  // Parsed JSON: many small distinct objects per record (about 1 MB as JSON).
  const columns = Array.from({ length: 8000 }, (_, j) => ({
    name: `Column ${i}.${j}`,
    fieldName: `column_${i}_${j}`,
    type: 'text',
    description: `Description of column ${j} of record ${i}`,
  }));
  await cache.get(`details|${i}`, 60_000, async () => ({ id: `r${i}`, columns }), never);
}
const after = heapMb();
console.log(
  `cache after ${RECORDS} records of ~1 MB: ${(cache.bytes / 1024 / 1024).toFixed(1)} MB counted, heap +${(after - before).toFixed(1)} MB, ${size()} entries`,
);
