import type { Intent } from '../knowledge/index.js';
import type { Classification } from './classifyIntent.js';
import type { ConversationState } from './context.js';
import type { CityMatch } from './findCity.js';

const FOLLOW_UP =
  /^(?:and|what about|how about|same (?:for|in)|for|in|now|ok|okay|also|then|and for|and in|what of)\b/;
/** Asks under which a pasted dataset id means "tell me about this dataset". */
const ID_QUESTIONS: Intent[] = ['find_dataset', 'dataset_id', 'portal', 'process', 'api_key', 'out_of_scope'];

/**
 * The intent to answer: the classifier's, or for a question with no ask of its own, the conversation's
 * last intent ("what about LA?"), the portal ("LA?") or help.
 */
export function resolveIntent(
  cls: Classification,
  match: CityMatch,
  state: ConversationState | undefined,
  hasDatasetId: boolean,
): { intent: Intent; confidence: number; followUp: boolean } {
  const placeNamed = match.cityIds.length > 0 || match.other !== undefined;
  let intent = cls.intent;
  let confidence = cls.confidence;
  const followUp = Boolean(cls.bare && state?.intent && (placeNamed || FOLLOW_UP.test(match.rest)));
  if (followUp && state?.intent) {
    intent = state.intent;
    confidence = 0.8;
  } else if (cls.bare) {
    // Nothing asked and nothing to follow up: a place alone ("LA?") asks about its portal.
    intent = placeNamed ? 'portal' : 'help';
    confidence = 0.5;
  }
  // In an appeal, "how long do I have?" asks the appeal deadline (the labelling rules: a deadline to
  // appeal is denied_appeal, not timeline).
  if (!followUp && intent === 'timeline' && state?.intent === 'denied_appeal' && !placeNamed)
    intent = 'denied_appeal';
  if (hasDatasetId && ID_QUESTIONS.includes(intent)) intent = 'dataset_id';
  return { intent, confidence, followUp };
}
