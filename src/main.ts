import { buildApp } from './app.js';
import { runChat } from './bots/terminal/chat.js';
import { ConfigError, configuredPlatforms, loadConfig } from './config.js';
import { CityFileError } from './knowledge/index.js';
import { createLogger, type Logger } from './logger.js';

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
  const app = buildApp(config, logger);
  const { engine } = app;

  if (!platforms.slack && !platforms.discord) {
    await runChat(engine, process.stdin, process.stdout);
    await app.close();
    return;
  }
  const running: { stop(): Promise<void> }[] = [];
  let stopping = false;
  /**
   * Stop taking new work, let acknowledged answers finish (each bot waits up to SHUTDOWN_GRACE_MS),
   * release connections, flush the log, exit 0. A second signal exits at once.
   */
  const shutdown = async (signal: string) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: exiting without waiting');
      await flushLog(logger);
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal, graceMs: config.SHUTDOWN_GRACE_MS }, 'shutting down');
    // Should a platform client hang while closing, the process still ends soon after the grace period.
    setTimeout(() => {
      logger.warn('shutdown took longer than the grace period; exiting');
      void flushLog(logger).then(() => process.exit(0));
    }, config.SHUTDOWN_GRACE_MS + 5_000).unref();
    await Promise.allSettled(running.map((r) => r.stop()));
    await app.close();
    logger.info('stopped');
    await flushLog(logger);
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  // Platform SDKs load only when configured, so the terminal chat starts fast.
  if (platforms.slack) {
    const { startSlackBot } = await import('./bots/slack/index.js');
    running.push(await startSlackBot({ config, engine, logger }));
  }
  if (platforms.discord) {
    const { startDiscordBot } = await import('./bots/discord/index.js');
    running.push(await startDiscordBot({ config, engine, logger }));
  }
  logger.info({ platforms }, 'civic-data-bot running');
}

function flushLog(logger: Logger): Promise<void> {
  return new Promise((resolve) => logger.flush(() => resolve()));
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError || err instanceof CityFileError) process.stderr.write(`${err.message}\n`);
  // One line for a person; the stack only when asked for.
  else
    process.stderr.write(
      `civic-data-bot failed to start: ${process.env.LOG_LEVEL === 'debug' ? (err as Error).stack : (err as Error).message}\n`,
    );
  process.exit(err instanceof ConfigError ? 2 : 1);
});
