import type { Intent } from '../knowledge/index.js';
import type { Classification } from './classifyIntent.js';
import type { ConversationState } from './context.js';
import type { CityMatch } from './findCity.js';
import { extractTopic } from './extractTopic.js';

const FOLLOW_UP =
  /^(?:and|what about|how about|same (?:for|in)|for|in|now|ok|okay|also|then|and for|and in|what of)\b/;
const SMALL_TALK =
  /(?<![a-z0-9])(?:is|are|was|were|will|gonna|going|how|what|whats|which|why|when|who|recommend|good|best|near|tips|should|can|could|would|did|vs|than|today|tonight|tomorrow|weekend|right now|lol)(?![a-z0-9])/;
/** Asks under which a pasted dataset id means "tell me about this dataset". */
const ID_QUESTIONS: Intent[] = ['find_dataset', 'dataset_id', 'portal', 'process', 'api_key', 'out_of_scope'];

/**
 * The intent to answer: the classifier's, or for a question with no ask of its own, the conversation's
 * last intent ("what about LA?"), the portal ("LA?"), a search ("kc 311 calls data") or small talk.
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
    // "la building permits", "kc restaurant inspections?": a place and a subject is a dataset search.
    // Small talk about the place ("is it gonna rain in miami", "best tacos in LA") has verbs and
    // opinions; a dataset ask without data words is a bare noun phrase.
    const topic = extractTopic(match.rest);
    const words = match.rest.split(' ').filter((w) => /[a-z0-9]/.test(w));
    if (topic && (intent === 'portal' || (placeNamed && !SMALL_TALK.test(match.rest))))
      intent = 'find_dataset';
    else if (placeNamed && words.length <= 2) intent = 'portal';
    confidence = Math.max(confidence, 0.5);
  }
  if (hasDatasetId && ID_QUESTIONS.includes(intent)) intent = 'dataset_id';
  return { intent, confidence, followUp };
}
