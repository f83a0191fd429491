import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/bots/terminal/renderText.js';
import { AnswerSchema, INTENTS } from '../../src/knowledge/index.js';
import { realEngine } from '../helpers/engine.js';

const engine = realEngine();
const nasty = fc.constantFrom(
  '<!channel>',
  '@everyone',
  '<@U123|boss>',
  "'; DROP TABLE users; --",
  '<script>alert(1)</script>',
  '**bold** `code` [link](http://x)',
  '\u202emiami\u202c',
  '\u0000\u0007\u001b[31m',
  'مرحبا بيانات لوس أنجلوس',
  '数据 迈阿密',
  '👍🏽🔥 kc?',
  '\ud800',
);

describe('engine under random input', () => {
  it('GIVEN thousands of random strings THEN every answer is valid and the engine never throws', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.string({ unit: 'grapheme', maxLength: 200 }),
          nasty,
          fc.array(nasty).map((a) => a.join(' ')),
        ),
        async (q) => {
          const r = await engine.ask({ text: q, conversation: 'fuzz' });
          expect(INTENTS).toContain(r.intent);
          expect(AnswerSchema.safeParse(r.answer).success).toBe(true);
          expect(typeof renderText(r.answer)).toBe('string');
        },
      ),
      { numRuns: 3000 },
    );
  });
});
