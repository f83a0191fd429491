export { clip, escapeText, link, safeUrl } from './escape.js';
export { fallbackText } from './fallback.js';
export { LIMITS } from './limits.js';
export { type RenderedMessage, type RenderOptions, renderBlocks } from './blocks.js';
