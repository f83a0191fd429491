import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

describe('config: DEFAULT_LANG', () => {
  it('GIVEN es or en THEN it is the language every answer is forced to', () => {
    expect(loadConfig({ DEFAULT_LANG: 'es' }).DEFAULT_LANG).toBe('es');
    expect(loadConfig({ DEFAULT_LANG: ' en ' }).DEFAULT_LANG).toBe('en');
  });

  it('GIVEN unset or empty THEN undefined: each message is answered in its own language', () => {
    expect(loadConfig({}).DEFAULT_LANG).toBeUndefined();
    expect(loadConfig({ DEFAULT_LANG: '' }).DEFAULT_LANG).toBeUndefined();
  });

  it('GIVEN another language THEN a ConfigError naming DEFAULT_LANG', () => {
    expect(() => loadConfig({ DEFAULT_LANG: 'fr' })).toThrow(ConfigError);
    expect(() => loadConfig({ DEFAULT_LANG: 'fr' })).toThrow(/DEFAULT_LANG: must be en or es/);
  });
});
