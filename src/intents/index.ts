export { classifyIntent } from './classifyIntent.js';
export { type ContextStore, createContextStore } from './context.js';
export { createEngine, type EngineDeps } from './engine.js';
export { createCityFinder } from './findCity.js';
export { languageOf } from './chooseLanguage.js';
export { MAX_QUESTION_CHARS, normalizeQuestion } from './normalize.js';
export type { CityChoice, Engine, EngineReply, Question } from './types.js';
