import { describe, expect, it } from 'vitest';
import { parseArgs } from '../src/cliArgs.js';
import { startFakePortal } from './fakes/portal.js';
import { runCli } from './helpers/cli.js';

describe('parseArgs', () => {
  it('takes options anywhere on the line', () => {
    expect(parseArgs(['ask', '--json', 'fees in KC']).flags.has('--json')).toBe(true);
    expect(parseArgs(['ask', 'fees in KC', '--json']).args).toEqual(['fees in KC']);
  });

  it('treats everything after -- as words', () => {
    expect(parseArgs(['ask', '--', '--json']).args).toEqual(['--json']);
  });

  it('reads --lang with its value, spaced or with =, anywhere on the line', () => {
    expect(parseArgs(['ask', '--lang', 'es', 'fees in KC']).values.get('--lang')).toBe('es');
    expect(parseArgs(['ask', 'fees in KC', '--lang=en']).values.get('--lang')).toBe('en');
    expect(parseArgs(['ask', '--lang', 'es', 'fees in KC']).args).toEqual(['fees in KC']);
    expect(parseArgs(['ask', 'fees', '--lang']).values.get('--lang')).toBe('');
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

  it('GIVEN a Spanish question THEN --json reports lang es and the text is in Spanish', async () => {
    const { code, stdout } = await runCli([
      'ask',
      '--json',
      '¿Cuál es la multa por usar mal la API en Miami?',
    ]);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out).toMatchObject({ intent: 'penalties', city: 'miami', lang: 'es' });
    expect(out.answer.lang).toBe('es');
    expect(out.text).toMatch(/no especificado en las páginas citadas/);
    expect(out.text).toMatch(/Fuentes:/);
  });

  it('GIVEN --lang es on an English question THEN the answer is in Spanish; DEFAULT_LANG likewise, --lang winning', async () => {
    const forced = JSON.parse(
      (await runCli(['ask', 'who do i contact in LA', '--lang', 'es', '--json'])).stdout,
    );
    expect([forced.city, forced.lang]).toEqual(['los-angeles', 'es']);
    expect(forced.text).toMatch(/A quién contactar/);
    const byEnv = await runCli(['ask', 'who do i contact in LA'], { env: { DEFAULT_LANG: 'es' } });
    expect(byEnv.stdout).toMatch(/A quién contactar/);
    const both = await runCli(['ask', 'who do i contact in LA', '--lang=en'], {
      env: { DEFAULT_LANG: 'es' },
    });
    expect(both.stdout).toMatch(/Who to contact/);
  });

  it('GIVEN --lang with another language or no value THEN a friendly usage error, exit 2', async () => {
    for (const args of [
      ['ask', '--lang', 'fr', 'fees'],
      ['ask', 'fees', '--lang'],
    ]) {
      const { code, stderr, stdout } = await runCli(args);
      expect(code).toBe(2);
      expect(stderr).toMatch(/--lang must be es or en/);
      expect(stdout).toBe('');
    }
  });

  it('ask prints plain text with sources and no colour codes when piped', async () => {
    const { stdout } = await runCli(['ask', 'who do i contact in LA']);
    expect(stdout).toMatch(/Information Technology Agency/);
    expect(stdout).toMatch(/Sources:/);
    expect(stdout).not.toMatch(/\u001b\[/);
  });

  it('ask --full prints every point where plain ask points to --full for the rest', async () => {
    const short = await runCli(['ask', 'kc penalties']);
    const full = await runCli(['--full', 'ask', 'kc penalties', '--json']);
    expect(short.stdout).toMatch(/\d+ more points?: add --full/);
    const out = JSON.parse(full.stdout);
    expect(out.text).not.toMatch(/more points?: add --full/);
    for (const p of out.answer.rest.points) expect(out.text).toContain(p);
  });

  it('ask --jsonl answers every line in order, sharing context only within a conversation', async () => {
    const input = [
      'hi',
      JSON.stringify({ q: 'how do i get an api key in miami', conversation: 'c1' }),
      JSON.stringify({ q: 'what about LA?', conversation: 'c1' }),
      JSON.stringify({ q: 'what about LA?' }),
      '{not json: what are the kc fees?',
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

describe('civic-data-bot CLI with live search (fake portal on loopback)', () => {
  it('search CITY QUERY and ask find a dataset through UPSTREAM_OVERRIDE; dataset CITY ID shows columns', async () => {
    const portal = await startFakePortal();
    try {
      const env = { UPSTREAM_OVERRIDE: portal.url };
      const search = await runCli(['search', 'kansas', 'city', 'crime', '--json'], { env });
      const found = JSON.parse(search.stdout);
      expect(found.city).toBe('kansas-city');
      expect(found.answer.datasets.length).toBeGreaterThan(0);
      expect(found.text).toMatch(/crime/i);

      const asked = JSON.parse(
        (await runCli(['ask', '--json', 'any parking citation data in LA?'], { env })).stdout,
      );
      expect(asked.intent).toBe('find_dataset');
      expect(asked.answer.kind).toBe('datasets');

      const id = found.answer.datasets[0].id as string;
      const details = await runCli(['dataset', 'KC', id], { env });
      expect(details.stdout).toMatch(/Columns \(\d+\)/);
      expect(details.stdout).toMatch(/X-App-Token/);
      expect(portal.requests.length).toBeGreaterThan(0);
    } finally {
      await portal.close();
    }
  });

  it('GIVEN the portal refuses connections THEN dataset LA 2nrs-mtv8 still gives the SODA endpoint and a request from the id', async () => {
    const { code, stdout } = await runCli(['dataset', 'LA', '2nrs-mtv8'], {
      env: { UPSTREAM_OVERRIDE: 'http://127.0.0.1:9' },
    });
    expect(code).toBe(0);
    expect(stdout).toMatch(/couldn't fetch the live details of 2nrs-mtv8/);
    expect(stdout).toContain('https://data.lacity.org/resource/2nrs-mtv8.json');
    expect(stdout).toMatch(/curl -G 'https:\/\/data\.lacity\.org\/resource\/2nrs-mtv8\.json'/);
    expect(stdout).not.toMatch(/search the portal/i);
  });

  it('GIVEN the portal refuses connections THEN a prompt answer linking the portal search page', async () => {
    const { stdout } = await runCli(['ask', 'does kansas city have pothole data?'], {
      env: { UPSTREAM_OVERRIDE: 'http://127.0.0.1:9' },
    });
    expect(stdout).toMatch(/Live search is unavailable/);
    expect(stdout).toMatch(/https:\/\/data\.kcmo\.org\/browse\?q=pothole/);
  });
});
