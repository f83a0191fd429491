import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deserializeModel } from './artifact.js';
import type { LinearModel } from './linearModel.js';

export const MODEL_FILE = 'intent-model.bin';

/** Beside this module (source or tsc output), or under dist/src for the bundled CLI. */
export function defaultModelPath(): string {
  const candidates = [
    new URL(`./${MODEL_FILE}`, import.meta.url),
    new URL(`./src/intents/model/${MODEL_FILE}`, import.meta.url),
  ].map((u) => fileURLToPath(u));
  return candidates.find((p) => existsSync(p)) ?? candidates[0]!;
}

let cached: LinearModel | undefined;

/** The trained intent model, read once per process. */
export function intentModel(): LinearModel {
  cached ??= deserializeModel(readFileSync(defaultModelPath()));
  return cached;
}
