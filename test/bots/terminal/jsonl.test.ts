import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseLine, runJsonl } from '../../../src/bots/terminal/jsonl.js';
import { realEngine } from '../../helpers/engine.js';

describe('parseLine', () => {
  it('reads plain lines, {q} objects with a conversation, and broken JSON as text', () => {
    expect(parseLine('kc fees?')).toEqual({ text: 'kc fees?' });
    expect(parseLine('{"q":"kc fees?","conversation":7}')).toEqual({
      text: 'kc fees?',
      conversation: 'jsonl:7',
    });
    expect(parseLine('{"q": broken')).toEqual({ text: '{"q": broken' });
  });
});

describe('runJsonl', () => {
  it('GIVEN a slow reader THEN every answer still arrives, in order', async () => {
    const input = new PassThrough();
    const chunks: string[] = [];
    const slow = new Writable({
      highWaterMark: 64,
      write(chunk, _enc, done) {
        chunks.push(String(chunk));
        setTimeout(done, 1);
      },
    });
    const n = 600;
    input.end(`${Array.from({ length: n }, (_, i) => `${i % 2 ? 'miami' : 'kc'} fees?`).join('\n')}\n`);
    expect(await runJsonl(realEngine(), input, slow)).toBe(n);
    const lines = chunks
      .join('')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { city: string });
    expect(lines).toHaveLength(n);
    expect(lines[0]?.city).toBe('kansas-city');
    expect(lines[1]?.city).toBe('miami');
  });
});
