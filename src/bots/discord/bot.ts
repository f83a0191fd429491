import { once } from 'node:events';
import { Client, Events, GatewayIntentBits, type Interaction, Options } from 'discord.js';
import { type Config, ConfigError } from '../../config.js';
import type { Engine } from '../../intents/types.js';
import type { Logger } from '../../logger.js';
import { createInFlight } from '../inFlight.js';
import { createRateLimiter, type RateLimiter } from '../rateLimit.js';
import type { ActionStore } from './actions.js';
import type { DiscordContext } from './context.js';
import { onInteraction } from './handlers/interaction.js';
import { onMention } from './handlers/message.js';
import { ephemeral } from './payload.js';
import { errorInfo } from './handlers/respond.js';
import { defaultActionStore } from './render.js';
import { createSuggestionCache } from './suggestions.js';

export interface DiscordBotDeps {
  config: Config;
  engine: Engine;
  logger: Logger;
  /** Defaults to 5 questions in a burst, then one every 3 s, per user. */
  rateLimiter?: RateLimiter;
  actions?: ActionStore;
}

export interface DiscordBot {
  stop(): Promise<void>;
}

/**
 * Logs in and answers slash commands, autocomplete and buttons; mentions too when
 * `DISCORD_MESSAGE_CONTENT=true` (the privileged intent must also be on in the Developer Portal).
 * Resolves once the gateway session is ready.
 */
export async function startDiscordBot(deps: DiscordBotDeps): Promise<DiscordBot> {
  const { config, engine } = deps;
  const logger = deps.logger.child({ platform: 'discord' });
  const token = config.DISCORD_TOKEN;
  if (!token) throw new ConfigError('DISCORD_TOKEN', 'required when Discord is configured');
  if (!config.DISCORD_APPLICATION_ID) {
    throw new ConfigError('DISCORD_APPLICATION_ID', 'required when Discord is configured');
  }
  const mentions = config.DISCORD_MESSAGE_CONTENT;

  const intents = [GatewayIntentBits.Guilds];
  if (mentions) intents.push(GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent);
  const client = new Client({
    intents,
    // No pings, ever: every message the client sends defaults to mentioning nobody.
    allowedMentions: { parse: [], repliedUser: false },
    rest: config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {},
    // The bot reads no history; keep caches small.
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      MessageManager: 0,
      PresenceManager: 0,
      ReactionManager: 0,
    }),
  });

  const ctx: DiscordContext = {
    engine,
    logger,
    limiter: deps.rateLimiter ?? createRateLimiter({ capacity: 5, refillPerSecond: 1 / 3 }),
    // The renderer's default store, so payloads from a bare renderEmbeds(answer) stay clickable.
    actions: deps.actions ?? defaultActionStore(),
    suggestions: createSuggestionCache(engine),
  };

  // Interactions being answered (deferred ones included), so a shutdown can finish them.
  const inFlight = createInFlight();
  let draining = false;
  client.on(Events.InteractionCreate, (interaction) => {
    if (draining) {
      void refuseWhileDraining(interaction);
      return;
    }
    void inFlight.track(() => onInteraction(ctx, interaction));
  });
  if (mentions) {
    client.on(Events.MessageCreate, (message) => {
      const botId = client.user?.id;
      if (!botId || draining) return;
      void inFlight
        .track(() => onMention(ctx, message, botId))
        .catch((err: unknown) => {
          logger.error({ err: errorInfo(err) }, 'Discord mention failed');
        });
    });
  }
  client.on(Events.Error, (err) => logger.error({ err: errorInfo(err) }, 'Discord client error'));
  client.on(Events.ShardError, (err) => logger.warn({ err: errorInfo(err) }, 'Discord gateway error'));
  client.on(Events.Warn, (message) => logger.warn({ message }, 'Discord warning'));

  const ready = once(client, Events.ClientReady);
  try {
    await client.login(token);
    await ready;
  } catch (err) {
    await client.destroy().catch(() => undefined);
    throw loginError(err);
  }
  logger.info(
    { user: client.user?.tag, guilds: client.guilds.cache.size, mentions },
    'Discord bot ready (slash commands%s)',
    mentions ? ' and mentions' : '',
  );

  return {
    /** New interactions get a short "restarting" note; those already deferred are finished first. */
    async stop() {
      draining = true;
      const pending = inFlight.size;
      if (pending > 0) logger.info({ pending }, 'finishing Discord interactions before exit');
      if (!(await inFlight.idle(config.SHUTDOWN_GRACE_MS)))
        logger.warn(
          { unfinished: inFlight.size },
          'shutdown grace period ended with Discord answers unfinished',
        );
      await client.destroy();
      logger.info('Discord bot stopped');
    },
  };
}

export const RESTARTING_TEXT = "I'm restarting right now; ask again in a few seconds.";

async function refuseWhileDraining(interaction: Interaction): Promise<void> {
  try {
    if (interaction.isAutocomplete()) await interaction.respond([]);
    else if (interaction.isRepliable()) await interaction.reply(ephemeral(RESTARTING_TEXT));
  } catch {
    // The client may already be closing; Discord shows its own failure note.
  }
}

/** A refused token or intent is a configuration problem: say which variable, in one line. */
function loginError(err: unknown): Error {
  const code = (err as { code?: unknown } | null)?.code;
  const { message } = errorInfo(err);
  if (code === 'TokenInvalid') {
    return new ConfigError(
      'DISCORD_TOKEN',
      'Discord refused this token (reset it under Bot in the Developer Portal)',
    );
  }
  if (/disallowed intents/i.test(message)) {
    return new ConfigError(
      'DISCORD_MESSAGE_CONTENT',
      'Discord refused the Message Content intent; turn it on under Bot → Privileged Gateway Intents, or unset this',
    );
  }
  return new Error(`Discord login failed: ${message}`);
}
