export { type ActionStore, createActionStore, decodeCustomId, encodeCustomId } from './actions.js';
export { type DiscordBot, type DiscordBotDeps, startDiscordBot } from './bot.js';
export { buildCommands } from './commands.js';
export { LIMITS as DISCORD_LIMITS } from './limits.js';
export { type DiscordMessagePayload, type RenderOptions, renderEmbeds } from './render.js';
export { registerCommands } from './registerCommands.js';
export { neutralise } from './text.js';
