import { describe, expect, it } from 'vitest';
import { upstreamUrl } from '../../src/search/index.js';

describe('upstreamUrl', () => {
  it('GIVEN no override THEN returns the https URL unchanged', () => {
    const url = 'https://data.lacity.org/api/views/2nrs-mtv8.json?x=1';
    expect(upstreamUrl(url)).toBe(url);
    expect(upstreamUrl(url, undefined)).toBe(url);
  });

  it('GIVEN an override THEN host, path and query move under it', () => {
    expect(
      upstreamUrl(
        'https://api.us.socrata.com/api/catalog/v1?domains=data.kcmo.org&q=crime',
        'http://127.0.0.1:4567',
      ),
    ).toBe('http://127.0.0.1:4567/api.us.socrata.com/api/catalog/v1?domains=data.kcmo.org&q=crime');
  });

  it('GIVEN an override with a trailing slash or a host port THEN no double slash and the port is kept', () => {
    expect(upstreamUrl('https://example.org:8443/a/b', 'http://127.0.0.1:1/')).toBe(
      'http://127.0.0.1:1/example.org:8443/a/b',
    );
  });
});
