import { buildEngine } from './app.js';
import { runChat } from './bots/terminal/chat.js';
import { ConfigError, configuredPlatforms, loadConfig } from './config.js';
import { CityFileError } from './knowledge/index.js';
import { createLogger } from './logger.js';

/** `npm start`: the chat bots when credentials are set, the terminal chat otherwise. */
async function main() {
  try {
    process.loadEnvFile();
  } catch {
    // No .env file: the environment alone configures the bot.
  }
  const config = loadConfig();
  const platforms = configuredPlatforms(config);
  const logger = createLogger(config.LOG_LEVEL);
  const engine = buildEngine(config, logger);

  if (!platforms.slack && !platforms.discord) {
    await runChat(engine, process.stdin, process.stdout);
    return;
  }
  const running: { stop(): Promise<void> }[] = [];
  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'shutting down');
    await Promise.allSettled(running.map((r) => r.stop()));
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  logger.info({ platforms }, 'starting');
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError || err instanceof CityFileError) process.stderr.write(`${err.message}\n`);
  else process.stderr.write(`civic-data-bot failed: ${(err as Error).stack ?? String(err)}\n`);
  process.exit(err instanceof ConfigError ? 2 : 1);
});
