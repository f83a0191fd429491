// `npm run bench`: every bench script in turn; each prints its own figures.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const scripts = readdirSync('bench').filter(
  (f) => f.endsWith('.ts') && !['run-all.ts', 'stats.ts'].includes(f),
);
for (const s of scripts.sort()) {
  console.log(`\n== bench/${s}`);
  spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', `bench/${s}`], { stdio: 'inherit' });
}
