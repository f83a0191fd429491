import { REST, Routes } from 'discord.js';
import type { Config } from '../../config.js';
import type { CityChoice } from '../../intents/types.js';
import type { Logger } from '../../logger.js';
import { buildCommands } from './commands.js';

/**
 * Overwrites the application's commands: in one guild when `DISCORD_GUILD_ID` is set (instant,
 * for development), else globally (can take up to an hour to appear everywhere).
 */
export async function registerCommands(deps: {
  config: Config;
  cities: CityChoice[];
  logger: Logger;
}): Promise<{ scope: 'guild' | 'global'; count: number }> {
  const { config, cities, logger } = deps;
  const token = config.DISCORD_TOKEN;
  const appId = config.DISCORD_APPLICATION_ID;
  if (!token) throw new Error('DISCORD_TOKEN is required to register commands');
  if (!appId) throw new Error('DISCORD_APPLICATION_ID is required to register commands');

  const rest = new REST(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}).setToken(token);
  const body = buildCommands(cities);
  const guildId = config.DISCORD_GUILD_ID;
  const route = guildId ? Routes.applicationGuildCommands(appId, guildId) : Routes.applicationCommands(appId);
  await rest.put(route, { body });
  const scope = guildId ? 'guild' : 'global';
  logger.info({ scope, guildId, commands: body.map((c) => c.name) }, 'registered Discord commands');
  return { scope, count: body.length };
}
