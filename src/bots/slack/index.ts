export { ACTION } from './actionIds.js';
export {
  escapeText,
  LIMITS,
  type RenderedMessage,
  type RenderOptions,
  renderBlocks,
} from './render/index.js';
export { type SlackBot, type SlackBotOptions, startSlackBot } from './start.js';
