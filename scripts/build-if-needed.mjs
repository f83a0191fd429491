// `npm start` on a fresh clone: build when dist is missing or older than any source file.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

const entry = 'dist/src/main.js';
if (!existsSync(entry) || statSync(entry).mtimeMs < newestMtime('src')) {
  execSync('npm run --silent build', { stdio: 'inherit' });
}
