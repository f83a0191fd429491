import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { USER_AGENT } from '../../src/search/index.js';

describe('USER_AGENT', () => {
  it('GIVEN package.json THEN names the bot and its current version', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    expect(USER_AGENT).toMatch(new RegExp(`^civic-data-bot/${pkg.version.replaceAll('.', '\\.')} `));
  });
});
