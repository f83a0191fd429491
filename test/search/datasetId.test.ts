import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyDatasetId, extractDatasetId } from '../../src/search/index.js';

describe('extractDatasetId', () => {
  it.each([
    ["what's the endpoint for dataset 2nrs-mtv8?", '2nrs-mtv8'],
    ['Tell me about WJZ9-H9NP', 'wjz9-h9np'],
    ['https://data.lacity.org/A-Safe-City/Crime-Data-from-2020-to-Present/2nrs-mtv8', '2nrs-mtv8'],
    ['curl https://data.kcmo.org/resource/d4px-6rwg.json', 'd4px-6rwg'],
    ['dataset kzjm-xkqj please', 'kzjm-xkqj'],
    ['see https://data.seattle.gov/d/kzjm-xkqj', 'kzjm-xkqj'],
  ])('GIVEN %j THEN finds the Socrata 4x4 %s', (text, id) => {
    expect(extractDatasetId(text)).toEqual({ id, kind: 'socrata' });
  });

  it.each([
    'where is the open-data portal?',
    'crime from 2024-2025',
    'the 2019-data release',
    'a well-known data-rich city',
    'call 555-1234',
    'year-2020 budget',
    'How do I view open-data portals?',
  ])('GIVEN ordinary hyphenated words %j THEN finds no id', (text) => {
    expect(extractDatasetId(text)).toBeUndefined();
  });

  it('GIVEN a Hub dataset id THEN kind arcgis-hub with its layer', () => {
    expect(extractDatasetId('info on 7CC10915EDE14BB58BE312413842A4CE_0 please')).toEqual({
      id: '7cc10915ede14bb58be312413842a4ce_0',
      kind: 'arcgis-hub',
    });
  });

  it('GIVEN a bare 32-hex item id THEN kind arcgis-item', () => {
    expect(extractDatasetId('item 10ba62fe50864339a8a3e0f18ca85506')).toEqual({
      id: '10ba62fe50864339a8a3e0f18ca85506',
      kind: 'arcgis-item',
    });
  });

  it('GIVEN a 40-hex hash THEN it is not taken for an item id', () => {
    expect(extractDatasetId('commit 65d4cd3a1b2c3d4e5f60718293a4b5c6d7e8f901')).toBeUndefined();
  });

  it('GIVEN two ids THEN returns the first in the text', () => {
    expect(extractDatasetId('compare nsn9-g8a4 with 7cc10915ede14bb58be312413842a4ce_0')?.id).toBe(
      'nsn9-g8a4',
    );
  });

  it('GIVEN any all-digit 4-4 token THEN never an id', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{4}-\d{4}$/), (token) => {
        expect(extractDatasetId(`numbers ${token} here`)).toBeUndefined();
      }),
    );
  });

  it('GIVEN any mixed letter+digit halves THEN always found', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]\d[a-z0-9]{2}-[a-z0-9]{2}\d[a-z]$/), (token) => {
        expect(extractDatasetId(`show ${token}`)?.id).toBe(token);
      }),
    );
  });
});

describe('classifyDatasetId', () => {
  it('GIVEN each id shape THEN the platform kind', () => {
    expect(classifyDatasetId('2nrs-mtv8')).toBe('socrata');
    expect(classifyDatasetId('607614502e93482fa80e5b9b5b4c3267_0')).toBe('arcgis-hub');
    expect(classifyDatasetId('607614502e93482fa80e5b9b5b4c3267')).toBe('arcgis-item');
    expect(classifyDatasetId('approved-building-permits')).toBe('ckan');
    expect(classifyDatasetId('6ddcd912-32a0-43df-9908-63574f8c7e77')).toBe('ckan');
  });
});
