import type { Engine } from '../../intents/types.js';
import type { Logger } from '../../logger.js';
import type { RateLimiter } from '../rateLimit.js';
import type { ActionStore } from './actions.js';
import type { SuggestionCache } from './suggestions.js';

/** Everything a handler needs; built once by `startDiscordBot`, injected so handlers stay testable. */
export interface DiscordContext {
  engine: Engine;
  logger: Logger;
  limiter: RateLimiter;
  actions: ActionStore;
  suggestions: SuggestionCache;
}

/**
 * The conversation key: one person in one channel or thread. Everyone in a channel shares the channel,
 * so one person's "what about LA?" must not change another's context.
 */
export function conversationKey(channelId: string | null, userId: string): string {
  return channelId ? `discord:${channelId}:user:${userId}` : `discord:user:${userId}`;
}
