import { describe, expect, it } from 'vitest';
import { LabelFileError, parseLabelledFile } from '../../../src/intents/model/labelledData.js';

const good = '{"q":"kc api key?","intent":"api_key","city":"kansas-city"}';

describe('parseLabelledFile', () => {
  it('GIVEN good lines and blank lines THEN every question is read, English by default', () => {
    const rows = parseLabelledFile(
      'a.jsonl',
      `${good}\n\n{"q":"hola","intent":"help","city":"none","lang":"es"}\n`,
    );
    expect(rows.map((r) => [r.intent, r.lang])).toEqual([
      ['api_key', 'en'],
      ['help', 'es'],
    ]);
  });

  it('GIVEN an intent outside the taxonomy THEN the error names the file, line and field', () => {
    const text = `${good}\n${good}\n{"q":"x","intent":"weather","city":"miami"}`;
    expect(() => parseLabelledFile('b.jsonl', text)).toThrow(/^b\.jsonl:3: intent: /);
  });

  it('GIVEN broken JSON THEN the error names the line', () => {
    try {
      parseLabelledFile('c.jsonl', `${good}\n{"q": "x", "intent":`);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(LabelFileError);
      expect((err as LabelFileError).line).toBe(2);
    }
  });

  it('GIVEN an empty question THEN it is rejected', () => {
    expect(() => parseLabelledFile('d.jsonl', '{"q":"","intent":"help","city":"none"}')).toThrow(
      /d\.jsonl:1: q/,
    );
  });
});
