import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { registerCommands } from '../../../src/bots/discord/index.js';
import { loadConfig } from '../../../src/config.js';
import { type DiscordStandIn, IDS, startDiscordStandIn } from '../../fakes/discord.js';
import { BOT_TOKEN } from './harness.js';

let standIn: DiscordStandIn;
beforeAll(async () => {
  standIn = await startDiscordStandIn();
});
afterAll(async () => standIn?.close());

const cities = [{ id: 'miami', name: 'Miami' }];
const logger = pino({ level: 'silent' });

describe('registerCommands', () => {
  it('puts both commands to one guild when DISCORD_GUILD_ID is set, with the bot token', async () => {
    const config = loadConfig({
      DISCORD_TOKEN: BOT_TOKEN,
      DISCORD_APPLICATION_ID: IDS.application,
      DISCORD_GUILD_ID: IDS.guild,
      DISCORD_API_URL: standIn.apiUrl,
    });
    expect(await registerCommands({ config, cities, logger })).toEqual({ scope: 'guild', count: 2 });
    const put = await standIn.waitForRequest(
      (r) =>
        r.method === 'PUT' && r.route === `/applications/${IDS.application}/guilds/${IDS.guild}/commands`,
    );
    expect(put.authorization).toBe(`Bot ${BOT_TOKEN}`);
    expect((put.body as { name: string }[]).map((c) => c.name)).toEqual(['opendata', 'dataset']);
  });

  it('registers globally without DISCORD_GUILD_ID', async () => {
    const config = loadConfig({
      DISCORD_TOKEN: BOT_TOKEN,
      DISCORD_APPLICATION_ID: IDS.application,
      DISCORD_API_URL: standIn.apiUrl,
    });
    expect(await registerCommands({ config, cities, logger })).toEqual({ scope: 'global', count: 2 });
    await standIn.waitForRequest(
      (r) => r.method === 'PUT' && r.route === `/applications/${IDS.application}/commands`,
    );
  });

  it('refuses without a token', async () => {
    const config = loadConfig({ DISCORD_APPLICATION_ID: IDS.application, DISCORD_API_URL: standIn.apiUrl });
    await expect(registerCommands({ config, cities, logger })).rejects.toThrow(/DISCORD_TOKEN/);
  });
});

function runEntry(env: Record<string, string>): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/bots/discord/register.ts'], {
      env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'silent', ...env },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.stderr.on('data', (d) => {
      err += d;
    });
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

describe('npm run discord:register entry', () => {
  it("registers the real engine's cities as choices", async () => {
    const result = await runEntry({
      DISCORD_TOKEN: BOT_TOKEN,
      DISCORD_APPLICATION_ID: IDS.application,
      DISCORD_GUILD_ID: '1100000000000000077',
      DISCORD_API_URL: standIn.apiUrl,
    });
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/Registered 2 commands for guild 1100000000000000077/);
    const put = await standIn.waitForRequest((r) => r.route.includes('/guilds/1100000000000000077/commands'));
    const dataset = (
      put.body as { name: string; options: { options: { choices?: { value: string }[] }[] }[] }[]
    )[1]!;
    expect(dataset.options[0]!.options[0]!.choices?.map((c) => c.value).sort()).toEqual([
      'kansas-city',
      'los-angeles',
      'miami',
    ]);
  });

  it('fails with one line when the application id is malformed', async () => {
    const result = await runEntry({ DISCORD_TOKEN: BOT_TOKEN, DISCORD_APPLICATION_ID: 'abc' });
    expect(result.code).toBe(1);
    expect(result.err.trim().split('\n')).toEqual([
      'Invalid environment variable DISCORD_APPLICATION_ID: must be a numeric snowflake',
    ]);
  });
});
