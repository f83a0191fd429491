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
