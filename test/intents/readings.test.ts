import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/bots/terminal/renderText.js';
import type { Classification } from '../../src/intents/classifyIntent.js';
import { otherReading, pickedReading, READING_LABELS } from '../../src/intents/readings.js';
import type { Intent } from '../../src/knowledge/index.js';
import { realCities, realEngine } from '../helpers/engine.js';

/** A classifier that always gives the same reading, so the engine's handling is what is tested. */
const fixed = (ranked: [Intent, number][], also?: Intent) => (): Classification => ({
  intent: ranked[0]![0],
  confidence: ranked[0]![1],
  bare: false,
  ranked: ranked.map(([intent, p]) => ({ intent, p })),
  ...(also ? { also } : {}),
});

describe('otherReading', () => {
  const cls = (a: number, b: number) =>
    fixed([
      ['rate_limits', a],
      ['api_key', b],
    ])();

  it('GIVEN two close readings THEN the second is offered', () => {
    expect(otherReading(cls(0.5, 0.4), 'rate_limits')).toBe('api_key');
  });

  it('GIVEN a clear winner THEN nothing is offered', () => {
    expect(otherReading(cls(0.8, 0.15), 'rate_limits')).toBeUndefined();
  });

  it('GIVEN the engine answered something else (a follow-up) THEN nothing is offered', () => {
    expect(otherReading(cls(0.5, 0.4), 'fees')).toBeUndefined();
  });

  it('GIVEN the second reading is small talk THEN it is not offered', () => {
    const c = fixed([
      ['portal', 0.5],
      ['out_of_scope', 0.45],
    ])();
    expect(otherReading(c, 'portal')).toBeUndefined();
  });
});

describe('engine: close calls and two-part questions', () => {
  it('GIVEN a close call THEN the answer says what it understood and offers the other reading', async () => {
    const engine = realEngine({
      classify: fixed([
        ['rate_limits', 0.5],
        ['api_key', 0.4],
      ]),
    });
    const r = await engine.ask({ text: 'miami key limits', conversation: 'c' });
    expect(r.intent).toBe('rate_limits');
    expect(r.answer.notices.join(' ')).toMatch(/I read this as: rate limits/);
    const choice = r.answer.choices.find((c) => c.label === READING_LABELS.api_key);
    expect(choice?.value).toMatch(/Miami/);
    // Picking the option answers that reading for the same city, whatever the classifier says.
    const picked = await engine.ask({ text: choice!.value, conversation: 'c' });
    expect([picked.intent, picked.city]).toEqual(['api_key', 'miami']);
    expect(renderText(picked.answer)).not.toMatch(/I read this as/);
  });

  it('GIVEN a clear reading THEN no other reading is offered', async () => {
    const engine = realEngine({ classify: fixed([['fees', 0.9]]) });
    const r = await engine.ask({ text: 'kc fees' });
    expect(r.answer.choices).toEqual([]);
  });

  it('GIVEN two asks THEN both are answered and reported, the first leading', async () => {
    const engine = realEngine({
      classify: fixed(
        [
          ['fees', 0.6],
          ['timeline', 0.3],
        ],
        'timeline',
      ),
    });
    const r = await engine.ask({ text: 'how much and how long in LA?' });
    expect(r.intents).toEqual(['fees', 'timeline']);
    const la = realCities().find((c) => c.id === 'los-angeles')!;
    expect(r.answer.title).toContain(la.topics.fees.title);
    expect(r.answer.sections.map((s) => s.heading).join(' ')).toContain(la.topics.timeline.title);
  });

  it('GIVEN the real model and a two-part question THEN --json style intents carry both', async () => {
    const r = await realEngine().ask({
      text: 'how much does it cost in kc and how long does approval take?',
    });
    expect(r.intents).toEqual(['fees', 'timeline']);
  });

  it('GIVEN an option label with the city taken out THEN it is recognised exactly, and nothing looser', () => {
    expect(pickedReading('fees')).toBe('fees');
    expect(pickedReading('getting an api key')).toBe('api_key');
    expect(pickedReading('fees please')).toBeUndefined();
  });

  it('GIVEN a Spanish close call THEN the offer and its button are in Spanish, and the Spanish label picks the reading', async () => {
    const close = fixed([
      ['rate_limits', 0.5],
      ['api_key', 0.4],
    ]);
    const r = await realEngine({ classify: close }).ask({
      text: '¿cuántas llamadas puedo hacer a la API de Miami?',
    });
    expect(r.answer.notices).toContain(
      'Entendí esto como: límites de uso y condiciones de uso. Si se refería a: cómo obtener una clave de api, elíjalo abajo.',
    );
    const choice = r.answer.choices.at(-1)!;
    expect(choice).toEqual({
      label: 'Cómo obtener una clave de API',
      value: 'Cómo obtener una clave de API (Miami)',
    });
    const picked = await realEngine({ classify: close }).ask({ text: choice.value });
    expect([picked.intent, picked.city, picked.lang]).toEqual(['api_key', 'miami', 'es']);
  });
});
