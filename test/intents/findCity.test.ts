import { describe, expect, it } from 'vitest';
import { createCityFinder, editDistance } from '../../src/intents/findCity.js';
import { normalizeQuestion } from '../../src/intents/normalize.js';
import { realCities } from '../helpers/engine.js';

const finder = createCityFinder(realCities());
const find = (q: string) => finder.find(normalizeQuestion(q).text);

describe('findCity', () => {
  it.each([
    ['fees for the City of Miami', 'miami'],
    ['MIA open data', 'miami'],
    ['KCMO budget', 'kansas-city'],
    ['kc?', 'kansas-city'],
    ['L.A. permits', 'los-angeles'],
    ['the city of angels portal', 'los-angeles'],
    ["LA's portal", 'los-angeles'],
  ])('GIVEN an alias in %j THEN it finds %s', (q, id) => {
    expect(find(q).cityIds).toEqual([id]);
  });

  it.each([
    ['kanas city api key', 'kansas-city'],
    ['los angles fees', 'los-angeles'],
    ['miamii portal', 'miami'],
    ['maimi contacts', 'miami'],
    ['kansas cty appeal', 'kansas-city'],
  ])('GIVEN a typo in %j THEN it still finds %s', (q, id) => {
    expect(find(q).cityIds).toEqual([id]);
  });

  it.each([
    ['miami-dade county transit data', 'miami'],
    ['Miami Beach trees', 'miami'],
    ['kansas city, kansas fines', 'kansas-city'],
    ['KCK api', 'kansas-city'],
    ['LA County parcels', 'los-angeles'],
  ])('GIVEN the look-alike in %j THEN it is another place resembling %s, not the city', (q, resembles) => {
    const m = find(q);
    expect(m.cityIds).toEqual([]);
    expect(m.other?.resembles).toBe(resembles);
  });

  it.each(['chicago data portal', 'Seattle api key', 'orange county permits', 'state of Texas open data'])(
    'GIVEN an uncovered place in %j THEN it is other',
    (q) => {
      const m = find(q);
      expect(m.cityIds).toEqual([]);
      expect(m.other).toBeDefined();
    },
  );

  it('GIVEN two covered cities THEN both are found in order, and removed from the rest', () => {
    const m = find('compare fees in Miami and LA');
    expect(m.cityIds).toEqual(['miami', 'los-angeles']);
    expect(m.rest).not.toMatch(/miami|\bla\b/);
  });

  it('GIVEN ordinary words THEN no city is invented', () => {
    expect(find('how do i request media data').cityIds).toEqual([]);
    expect(find('the mayor said hello').cityIds).toEqual([]);
  });

  it('resolves command arguments by id, name or alias, and refuses unknown names', () => {
    expect(finder.resolve('kansas-city')).toBe('kansas-city');
    expect(finder.resolve('Los Angeles')).toBe('los-angeles');
    expect(finder.resolve('kc')).toBe('kansas-city');
    expect(finder.resolve('chicago')).toBeUndefined();
    expect(finder.resolve('la parking')).toBeUndefined();
  });

  it('counts transpositions as one edit', () => {
    expect(editDistance('maimi', 'miami')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});

describe('findCity: places inside other names', () => {
  it('GIVEN a look-alike that contains the official name THEN the look-alike wins', () => {
    expect(find('requesting data from the city of miami gardens').other?.name).toMatch(/Miami Gardens/);
    expect(find('requesting data from the city of miami gardens').cityIds).toEqual([]);
  });

  it('GIVEN a pasted portal address THEN its city', () => {
    expect(find(normalizeQuestion('https://data.lacity.org is this official?').text).cityIds).toEqual([
      'los-angeles',
    ]);
  });

  it('GIVEN the Spanish article "la" THEN not Los Angeles', () => {
    expect(find('necesito hablar con la ciudad de miami').cityIds).toEqual(['miami']);
  });
});

describe('findCity: "la" the article and LA the city, read on the original casing', () => {
  /** As the engine calls it: the normalised text, plus the message as typed and its language. */
  const findIn = (q: string, lang: 'en' | 'es') => {
    const norm = normalizeQuestion(q);
    return finder.find(norm.text, { original: norm.original, lang });
  };

  it.each([
    ['¿Cuál es la multa por usar mal la API en Miami?', ['miami']],
    ['la API de Miami', ['miami']],
    ['La API de Miami tiene límites?', ['miami']],
    ['¿y las multas en Miami?', ['miami']],
    ['LA API DE MIAMI', ['miami']],
  ])('GIVEN Spanish %j THEN "la" is the article: %j', (q, ids) => {
    expect(findIn(q, 'es').cityIds).toEqual(ids);
  });

  it.each([
    ['¿y en LA?', 'es'],
    ['datos de Los Ángeles', 'es'],
    ['datos de Los Angeles', 'es'],
    ['¿la clave de L.A.?', 'es'],
    ['¿Cuál es la multa por usar mal la API en LA?', 'es'],
    ['LA api key', 'en'],
    ['la parking data', 'en'],
    ["LA's portal", 'en'],
  ] as const)('GIVEN %j (%s) THEN Los Angeles', (q, lang) => {
    expect(findIn(q, lang).cityIds).toEqual(['los-angeles']);
  });

  it('GIVEN Spanish with both THEN the article is dropped and the city kept, in order', () => {
    const m = findIn('compara la tarifa de Miami con la de LA', 'es');
    expect(m.cityIds).toEqual(['miami', 'los-angeles']);
    expect(m.rest).not.toMatch(/\bla\b/);
  });

  it('GIVEN no original text (command arguments) THEN the normalised text alone decides, as before', () => {
    expect(finder.find(normalizeQuestion('la parking').text).cityIds).toEqual(['los-angeles']);
    expect(finder.find(normalizeQuestion('la ciudad de miami').text, { lang: 'es' }).cityIds).toEqual([
      'miami',
    ]);
  });
});
