import { describe, expect, it } from 'vitest';
import { parseArgs } from '../src/cliArgs.js';
import { runCli } from './helpers/cli.js';

describe('parseArgs', () => {
  it('takes options anywhere on the line', () => {
    expect(parseArgs(['ask', '--json', 'fees in KC']).flags.has('--json')).toBe(true);
    expect(parseArgs(['ask', 'fees in KC', '--json']).args).toEqual(['fees in KC']);
  });

  it('treats everything after -- as words', () => {
    expect(parseArgs(['ask', '--', '--json']).args).toEqual(['--json']);
  });
});

describe('civic-data-bot CLI', () => {
  it('ask --json prints one object with intent, city, text and answer', async () => {
    const { code, stdout } = await runCli(['ask', 'kc api key cost?', '--json']);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out).toMatchObject({ intent: 'fees', city: 'kansas-city' });
    expect(typeof out.text).toBe('string');
    expect(out.answer.kind).toBe('topic');
  });

  it('ask prints plain text with sources and no colour codes when piped', async () => {
    const { stdout } = await runCli(['ask', 'who do i contact in LA']);
    expect(stdout).toMatch(/Information Technology Agency/);
    expect(stdout).toMatch(/Sources:/);
    expect(stdout).not.toMatch(/\u001b\[/);
  });

  it('ask --jsonl answers every line in order, sharing context only within a conversation', async () => {
    const input = [
      'hi',
      JSON.stringify({ q: 'how do i get an api key in miami', conversation: 'c1' }),
      JSON.stringify({ q: 'what about LA?', conversation: 'c1' }),
      JSON.stringify({ q: 'what about LA?' }),
      '{not json but a question about kc fees',
      '',
      'weather in miami',
    ].join('\n');
    const { code, stdout } = await runCli(['ask', '--jsonl'], { input });
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.intent, l.city])).toEqual([
      ['help', 'none'],
      ['api_key', 'miami'],
      ['api_key', 'los-angeles'],
      ['portal', 'los-angeles'],
      ['fees', 'kansas-city'],
      ['out_of_scope', 'miami'],
    ]);
  });

  it('GIVEN a bad environment value THEN a one-line error naming the variable', async () => {
    const { code, stderr } = await runCli(['ask', 'hi'], { env: { SEARCH_BUDGET_MS: 'soon' } });
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/SEARCH_BUDGET_MS/);
  });

  it('GIVEN an unknown command THEN usage and exit 2', async () => {
    const { code, stderr } = await runCli(['frobnicate']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/Usage/);
  });
});
