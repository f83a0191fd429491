import { messages } from '../i18n/index.js';
import { type Intent, type Lang, LANGS } from '../knowledge/index.js';
import { topicLabels } from './answers/topicAnswer.js';
import type { Classification } from './classifyIntent.js';
import { normalizeQuestion } from './normalize.js';

/** What each answerable reading is called on a button or numbered option, in `lang`. */
export function readingLabels(lang: Lang): Partial<Record<Intent, string>> {
  const m = messages(lang);
  return {
    ...topicLabels(lang),
    find_dataset: m('reading.find_dataset'),
    draft_request: m('reading.draft_request'),
  };
}

export const READING_LABELS = readingLabels('en');

// A label pressed in either language picks its reading.
const MENU = new Map(
  LANGS.flatMap((lang) =>
    (Object.entries(readingLabels(lang)) as [Intent, string][]).map(([intent, label]) => [
      normalizeQuestion(label).text,
      intent,
    ]),
  ),
);

/** A reading picked from a button or option: its label, exactly, with the city already taken out. */
export function pickedReading(rest: string): Intent | undefined {
  return MENU.get(rest.replace(/ [.?]$/, '').trim());
}

// Close enough that guessing silently would be wrong about one time in three or more.
const SECOND_AT_LEAST = 0.25;
const MARGIN_AT_MOST = 0.25;

/** The other plausible reading of a close call, if it is one the bot can answer. */
export function otherReading(cls: Classification, chosen: Intent): Intent | undefined {
  const [top, second] = cls.ranked;
  if (!top || !second || top.intent !== chosen) return undefined;
  if (second.p < SECOND_AT_LEAST || top.p - second.p > MARGIN_AT_MOST) return undefined;
  return READING_LABELS[second.intent] && second.intent !== cls.also ? second.intent : undefined;
}
