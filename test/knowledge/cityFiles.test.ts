import { describe, expect, it } from 'vitest';
import { stringsIn, urlsIn } from './cityFiles.js';

describe('city file test helpers', () => {
  it('GIVEN nested JSON THEN stringsIn reports each string with its field path', () => {
    const found = stringsIn({ a: 'x', topics: { fees: { points: [{ text: 'y' }] } }, n: 3 });
    expect(found).toEqual([
      { path: 'a', value: 'x' },
      { path: 'topics.fees.points[0].text', value: 'y' },
    ]);
  });

  it('GIVEN prose with URLs THEN urlsIn drops trailing punctuation, backticks and ellipses', () => {
    expect(
      urlsIn(
        'See `https://data.kcmo.org/resource/{4x4}.json`, or https://geohub.lacity.org/search?x=1… and (http://a.example/b).',
      ),
    ).toEqual([
      'https://data.kcmo.org/resource/{4x4}.json',
      'https://geohub.lacity.org/search?x=1',
      'http://a.example/b',
    ]);
  });
});
