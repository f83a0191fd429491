import { describe, expect, it } from 'vitest';
import { topicAnswer } from '../../../src/intents/answers/topicAnswer.js';
import { overlap, termsOf } from '../../../src/intents/answers/terms.js';
import { type City, shownPoints, TOPIC_INTENTS } from '../../../src/knowledge/index.js';
import { renderText } from '../../../src/bots/terminal/renderText.js';
import { realCities, realEngine } from '../../helpers/engine.js';

const city = (id: string): City => realCities().find((c) => c.id === id)!;

describe('topic answers lead with the answer to the exact question', () => {
  it('GIVEN "who do I contact for denied access" THEN the lead is about a denial, not general contacts', async () => {
    const r = await realEngine().ask({ text: 'who do I contact for denied access in kc' });
    expect(r.answer.summary).toMatch(/denied|appeal/i);
    expect(r.answer.summary).toMatch(/Innovation & Technology/);
  });

  it('GIVEN a name and email the guide does not give THEN the lead says so and names where to ask', async () => {
    const r = await realEngine().ask({ text: 'name + email of who runs open data at kcmo' });
    expect(r.answer.summary).toMatch(/gives no named person/);
    expect(r.answer.summary).toMatch(/gives no email address/);
    expect(r.answer.summary).toMatch(/ask the (Open Data program|Innovation & Technology department)/);
  });

  it('GIVEN an amount the guide does not give THEN the lead says no amount is given', async () => {
    const r = await realEngine().ask({ text: 'how much does a kc api key cost' });
    expect(r.answer.summary).toMatch(/not specified|no amount|No fees/i);
  });

  it('GIVEN a multi-city answer THEN each city lead that is a point cites its source, numbered', async () => {
    const r = await realEngine().ask({ text: 'do i even need a key for the 311 data' });
    const kc = r.answer.sections.find((s) => /Kansas City/.test(s.heading))!;
    expect(kc.summaryCites?.length).toBeGreaterThan(0);
    expect(renderText(r.answer)).toMatch(/\n- \[1\] /);
  });

  it('GIVEN an email the question does not ask for THEN the lead does not talk about missing emails', async () => {
    const r = await realEngine().ask({ text: 'who do I contact about kc open data' });
    expect(r.answer.summary).not.toMatch(/gives no/);
  });

  it.each([
    ['do i even need a key for the 311 data in kc', /without an app token/],
    ['do i even need a key for miami 311 data', /no key|do not always need/],
  ])('GIVEN "%s" THEN the lead shows a key is not always needed', async (q, lead) => {
    const r = await realEngine().ask({ text: q });
    expect(r.intent).toBe('api_key');
    expect(`${r.answer.summary} ${r.answer.points[0]}`).toMatch(lead);
  });

  it('GIVEN a fine question THEN the lead says fines are not specified, and the sanctions are shown', async () => {
    const r = await realEngine().ask({
      text: 'what happens if i scrape the miami api too hard, is there a fine?',
    });
    expect(r.answer.summary).toMatch(/not (specified|publish)|No fines/i);
    expect(`${r.answer.summary}\n${r.answer.points.join('\n')}`).toMatch(/revocation|suspension/);
  });
});

describe('at most four points, none saying the same as another, the rest one click away', () => {
  it('GIVEN numbered steps and a question about a later one THEN the steps keep their order', () => {
    for (const c of realCities()) {
      const a = topicAnswer(c, 'process', 0.9, 'what do i do if my restricted request is denied');
      const numbers = shownPoints(a, true)
        .map((p) => /^(\d+)\./.exec(p.text)?.[1])
        .filter(Boolean)
        .map(Number);
      expect(numbers.length, c.id).toBeGreaterThan(1);
      expect(numbers, c.id).toEqual([...numbers].sort((x, y) => x - y));
    }
  });

  const questions = ['', 'who do i contact', 'is there a fee or a form', 'how long does it take'];
  for (const c of realCities()) {
    it(`GIVEN every ${c.id} topic THEN at most four points and no two alike`, () => {
      for (const intent of TOPIC_INTENTS) {
        for (const q of questions) {
          const a = topicAnswer(city(c.id), intent, 0.9, q);
          expect(a.points.length, `${intent} "${q}"`).toBeLessThanOrEqual(4);
          expect(a.points.length, `${intent} "${q}"`).toBeGreaterThan(0);
          const all = shownPoints(a, true).map((p) => termsOf(p.text));
          for (let i = 0; i < all.length; i++)
            for (let j = i + 1; j < all.length; j++)
              expect(overlap(all[i]!, all[j]!), `${intent}: points ${i} and ${j}`).toBeLessThan(0.6);
        }
      }
    });
  }

  it('GIVEN a topic with more points than fit THEN the rest is kept, not dropped', () => {
    const a = topicAnswer(city('kansas-city'), 'penalties', 0.9, 'penalties');
    expect(a.rest?.points.length).toBeGreaterThan(0);
    expect(shownPoints(a, true).length).toBe(a.points.length + (a.rest?.points.length ?? 0));
  });
});

describe('citations per point', () => {
  it('GIVEN any topic answer THEN every point cites at least one listed source', () => {
    for (const c of realCities())
      for (const intent of TOPIC_INTENTS) {
        const a = topicAnswer(c, intent, 0.9, '');
        for (const p of shownPoints(a, true)) {
          expect(p.cites.length, `${c.id} ${intent}: ${p.text}`).toBeGreaterThan(0);
          for (const n of p.cites) expect(a.sources[n - 1], `${c.id} ${intent}`).toBeDefined();
        }
      }
  });

  it('GIVEN facts drawn from the internal portal notes THEN the public page is cited, never the note', () => {
    for (const c of realCities())
      for (const intent of TOPIC_INTENTS) {
        const a = topicAnswer(c, intent, 0.9, '');
        expect(a.sources.map((s) => s.title).join('\n')).not.toMatch(
          /Portal API reference|civic-data-bot notes/,
        );
      }
    const kc = topicAnswer(city('kansas-city'), 'dataset_id', 0.9, 'where is the metadata of a dataset');
    const metadata = shownPoints(kc, true).find((p) => /api\/views/.test(p.text))!;
    expect(metadata.cites.map((n) => kc.sources[n - 1]!.url)).toContain('https://data.kcmo.org');
  });
});
