import { describe, expect, it } from 'vitest';
import {
  clip,
  isoFromEpochMillis,
  isoFromEpochSeconds,
  isoFromString,
  plainText,
} from '../../src/search/text.js';

describe('plainText', () => {
  it('GIVEN ArcGIS HTML THEN tags and entities become plain text', () => {
    expect(plainText("<font face='Verdana'><span>Roads &amp; streets</span><br/>of Miami</font>")).toBe(
      'Roads & streets of Miami',
    );
  });
  it('GIVEN CKAN Markdown THEN link text stays, markup goes', () => {
    expect(plainText('**Approved** permits, see [the page](https://x.example)')).toBe(
      'Approved permits, see the page',
    );
  });
  it('GIVEN null THEN empty', () => {
    expect(plainText(null)).toBe('');
  });
});

describe('clip', () => {
  it('GIVEN long text THEN cuts at a word with an ellipsis', () => {
    expect(clip('alpha beta gamma delta', 12)).toBe('alpha beta…');
  });
  it('GIVEN short text THEN unchanged', () => {
    expect(clip('short', 12)).toBe('short');
  });
});

describe('dates', () => {
  it('GIVEN Socrata epoch seconds THEN ISO-8601', () => {
    expect(isoFromEpochSeconds(1348659179)).toBe('2012-09-26T11:32:59.000Z');
  });
  it('GIVEN ArcGIS epoch milliseconds THEN ISO-8601', () => {
    expect(isoFromEpochMillis(1488407125832)).toBe('2017-03-01T22:25:25.832Z');
  });
  it('GIVEN a CKAN time without offset THEN read as UTC', () => {
    expect(isoFromString('2024-01-31T12:34:56.789012')).toBe('2024-01-31T12:34:56.789Z');
  });
  it('GIVEN garbage or zero THEN undefined', () => {
    expect(isoFromString('not a date')).toBeUndefined();
    expect(isoFromEpochSeconds(0)).toBeUndefined();
    expect(isoFromEpochMillis(null)).toBeUndefined();
  });
});
