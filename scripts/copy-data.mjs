// tsc copies no data files: put the city files beside the compiled loader.
import { cpSync, mkdirSync, readdirSync } from 'node:fs';

mkdirSync('dist/src/cities', { recursive: true });
mkdirSync('src/cities', { recursive: true });
for (const f of readdirSync('src/cities')) {
  if (f.endsWith('.json')) cpSync(`src/cities/${f}`, `dist/src/cities/${f}`);
}

// The trained intent model travels beside the compiled classifier.
mkdirSync('dist/src/intents/model', { recursive: true });
cpSync('src/intents/model/intent-model.bin', 'dist/src/intents/model/intent-model.bin');
