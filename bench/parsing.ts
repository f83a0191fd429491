/**
 * Platform text parsing on hostile input (issue 11, finding 6): 40,000 characters of unclosed
 * Slack markup through the Slack adapter's questionText and the engine's normalizeQuestion.
 * Run: npx tsx bench/parsing.ts
 */
import { performance } from 'node:perf_hooks';
import { questionText } from '../src/bots/slack/input.js';
import { normalizeQuestion } from '../src/intents/normalize.js';

for (const unit of ['<@', '<!', '<#C1|', '<http:']) {
  const text = unit.repeat(Math.ceil(40_000 / unit.length));
  for (const [name, fn] of [
    ['questionText', questionText],
    ['normalizeQuestion', normalizeQuestion],
  ] as const) {
    fn(text);
    const t0 = performance.now();
    fn(text);
    console.log(`${name} on 40k x "${unit}": ${(performance.now() - t0).toFixed(2)} ms`);
  }
}
