import type { Lang } from '../knowledge/index.js';
import { detectLanguage } from './detectLanguage.js';

export interface LanguageInputs {
  /** The message as typed. */
  text: string;
  /** `--lang`, `DEFAULT_LANG` or the adapter's explicit choice: beats everything. */
  forced?: Lang;
  /** The language of the conversation so far. */
  conversation?: Lang;
  /** The user's client language (Discord `locale`), for when the text does not say. */
  locale?: Lang;
}

/** The language of a message on its own words, English when they do not say (adapters' own notes). */
export function languageOf(text: string): Lang {
  return detectLanguage(text).lang ?? 'en';
}

/**
 * The language to answer in: a forced one; else the message's own, when it has a clear majority of
 * Spanish or English words; else (short or mixed messages: "LA?", "ok") the conversation's, then
 * the user's locale, then English.
 */
export function chooseLanguage(inputs: LanguageInputs): Lang {
  if (inputs.forced) return inputs.forced;
  const detected = inputs.text ? detectLanguage(inputs.text).lang : undefined;
  return detected ?? inputs.conversation ?? inputs.locale ?? 'en';
}
