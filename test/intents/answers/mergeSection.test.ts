import { describe, expect, it } from 'vitest';
import { renderText } from '../../../src/bots/terminal/renderText.js';
import type { Classification } from '../../../src/intents/classifyIntent.js';
import { appendAsSection } from '../../../src/intents/answers/mergeSection.js';
import { topicAnswer } from '../../../src/intents/answers/topicAnswer.js';
import { realCities, realEngine } from '../../helpers/engine.js';

describe('appendAsSection', () => {
  it('GIVEN a second answer with other sources THEN its citations point at the same sources in the merged list', () => {
    const la = realCities().find((c) => c.id === 'los-angeles')!;
    const first = topicAnswer(la, 'fees', 0.9, '');
    const second = topicAnswer(la, 'rate_limits', 0.9, '');
    const before = second.points.map((_, i) =>
      (second.cites?.[i] ?? []).map((n) => second.sources[n - 1]!.title),
    );
    appendAsSection(first, second);
    const section = first.sections.at(-1)!;
    const after = section.points.map((_, i) =>
      (section.cites?.[i] ?? []).map((n) => first.sources[n - 1]!.title),
    );
    expect(after).toEqual(before);
    expect(new Set(first.sources.map((s) => s.title)).size).toBe(first.sources.length);
  });

  it('GIVEN two asks in one message THEN the second section cites, and its sources are listed', async () => {
    // The classified intents are given (a stand-in classifier): the engine's job is what follows.
    const classify = (): Classification => ({
      intent: 'fees',
      confidence: 0.9,
      bare: false,
      ranked: [{ intent: 'fees', p: 0.9 }],
      also: 'rate_limits',
    });
    const r = await realEngine({ classify }).ask({ text: 'fees and limits in LA?' });
    expect(r.intents).toEqual(['fees', 'rate_limits']);
    const cited = r.answer.sections[0]!.cites!.flat();
    expect(cited.length).toBeGreaterThan(0);
    const listed = renderText(r.answer);
    for (const n of cited) expect(listed).toContain(`[${n}] ${r.answer.sources[n - 1]!.title}`);
  });
});
