// `npm run discord:register`: registers the slash commands, with city choices from the engine.
import { loadConfig } from '../../config.js';
import { createEngine } from '../../intents/index.js';
import { loadCities } from '../../knowledge/index.js';
import { createLogger } from '../../logger.js';
import { registerCommands } from './registerCommands.js';

async function main(): Promise<number> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (err) {
    console.error((err as Error).message);
    return 1;
  }
  const logger = createLogger(config.LOG_LEVEL);
  if (!config.DISCORD_TOKEN || !config.DISCORD_APPLICATION_ID) {
    console.error('Set DISCORD_TOKEN and DISCORD_APPLICATION_ID to register the Discord commands.');
    return 1;
  }
  const engine = createEngine({ cities: loadCities() });
  try {
    const { scope, count } = await registerCommands({ config, cities: engine.cities(), logger });
    const where =
      scope === 'guild' ? `guild ${config.DISCORD_GUILD_ID}` : 'all guilds (global; may take up to an hour)';
    console.log(`Registered ${count} commands for ${where}.`);
    return 0;
  } catch (err) {
    console.error(`Could not register the Discord commands: ${(err as Error).message}`);
    return 1;
  }
}

process.exitCode = await main();
