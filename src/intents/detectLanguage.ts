import type { Lang } from '../knowledge/index.js';
import { ENGLISH_WORDS, SPANISH_WORDS } from './languageWords.js';

const words = (list: string) => new Set(list.trim().split(/\s+/));
const SPANISH = words(SPANISH_WORDS);
const ENGLISH = words(ENGLISH_WORDS);

/** Place names that would vote Spanish through "los" and "la": Los Angeles, L.A. and LA in capitals. */
const LOS_ANGELES = /(?<![\p{L}\p{N}])los [aá]ng\p{L}*/giu;
const LA_ABBREVIATION = /(?<![\p{L}\p{N}])(?:[lL]\.\s?[aA]\.?|LA)(?![\p{L}\p{N}])/gu;

export interface LanguageGuess {
  /** `undefined` when the message gives no majority (short or mixed): the caller decides. */
  lang?: Lang;
  scores: Record<Lang, number>;
}

/**
 * A small stopword scorer: each Spanish or English marker word is a vote, an accented word and
 * "¿"/"¡"/"ñ" are extra Spanish votes. Chosen over n-gram libraries after measuring them on short
 * chat text (bench/lang.ts): it is as accurate here, and loads in no time on a cold CLI start.
 */
export function detectLanguage(text: string): LanguageGuess {
  const cleaned = text.replace(LOS_ANGELES, ' ').replace(LA_ABBREVIATION, ' ').toLowerCase();
  const scores: Record<Lang, number> = { en: 0, es: /[¿¡ñ]/u.test(cleaned) ? 2 : 0 };
  // A lower-case "la" is Los Angeles as often as the article ("la 311 data"): it only adds to other Spanish.
  let articles = 0;
  // Most messages have no accent at all: look for them word by word only when there is one.
  const accents = /[áéíóú]/.test(cleaned);
  for (const word of cleaned.match(/[\p{L}']+/gu) ?? []) {
    if (word === 'la') articles += 1;
    else if (SPANISH.has(word)) scores.es += 1;
    if (ENGLISH.has(word)) scores.en += 1;
    if (accents && /[áéíóú]/.test(word)) scores.es += 0.5;
  }
  if (scores.es > 0) scores.es += articles;
  const lang = scores.es > scores.en ? 'es' : scores.en > scores.es ? 'en' : undefined;
  return { ...(lang ? { lang } : {}), scores };
}
