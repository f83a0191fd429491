import { describe, expect, it } from 'vitest';
import { chooseLanguage } from '../../src/intents/chooseLanguage.js';
import { detectLanguage } from '../../src/intents/detectLanguage.js';

describe('detectLanguage', () => {
  it.each([
    ['¿Cuál es la multa por usar mal la API en Miami?', 'es'],
    ['¿Con quién hablo en Miami para pedir datos? Necesito un correo.', 'es'],
    ['necesito el API key de Miami', 'es'],
    ['form pa api key en kc?', 'es'],
    ['q ciudades tienes? miami nada mas?', 'es'],
    ['gracias!', 'es'],
    ['What is the fine for misusing the API in Miami?', 'en'],
    ['who do I contact in Kansas City for data?', 'en'],
    ['how long does a request take', 'en'],
    ['thanks!', 'en'],
  ])('GIVEN %j THEN %s', (text, lang) => {
    expect(detectLanguage(text).lang).toBe(lang);
  });

  it.each(['LA?', 'fees?', 'Los Angeles', 'la 311 service request data', 'LA api key'])(
    'GIVEN %j, with no language of its own THEN undecided, not Spanish',
    (text) => {
      expect(detectLanguage(text).lang).not.toBe('es');
    },
  );

  it('GIVEN place names THEN they never vote: "Los Angeles" and "L.A." are not the Spanish "los" and "la"', () => {
    expect(detectLanguage('permits in Los Angeles and L.A. parking').scores.es).toBe(0);
    expect(detectLanguage('datos de Los Ángeles').lang).toBe('es');
  });
});

describe('chooseLanguage', () => {
  it('GIVEN a forced language THEN it wins over the text', () => {
    expect(chooseLanguage({ text: '¿Cuánto cuesta la clave?', forced: 'en' })).toBe('en');
    expect(chooseLanguage({ text: 'how much is a key?', forced: 'es', conversation: 'en' })).toBe('es');
  });

  it('GIVEN a clear text THEN its language wins over the conversation and the locale', () => {
    expect(chooseLanguage({ text: 'how much is a key?', conversation: 'es', locale: 'es' })).toBe('en');
    expect(chooseLanguage({ text: '¿y las tarifas?', conversation: 'en', locale: 'en' })).toBe('es');
  });

  it('GIVEN a short ambiguous text THEN the conversation, then the locale, then English', () => {
    expect(chooseLanguage({ text: 'LA?', conversation: 'es', locale: 'en' })).toBe('es');
    expect(chooseLanguage({ text: 'LA?', locale: 'es' })).toBe('es');
    expect(chooseLanguage({ text: 'LA?' })).toBe('en');
  });
});
