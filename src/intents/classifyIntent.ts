import type { Intent } from '../knowledge/index.js';
import { DATA_WORDS, SIGNALS } from './signals.js';

export interface Classification {
  intent: Intent;
  /** 0..1: how clearly the text asks this rather than something else. */
  confidence: number;
  /** The question carried no intent evidence of its own (a follow-up like "what about LA?"). */
  bare: boolean;
  scores: Partial<Record<Intent, number>>;
}

/** On a tie, the more specific ask wins (the labelling rules: an appeal beats the rate limit it mentions). */
const PRIORITY: Intent[] = [
  'draft_request',
  'denied_appeal',
  'evaluation',
  'penalties',
  'fees',
  'timeline',
  'forms',
  'dataset_id',
  'rate_limits',
  'request_access',
  'api_key',
  'contact',
  'find_dataset',
  'process',
  'portal',
  'help',
  'out_of_scope',
];

const GREETING_ONLY =
  /^(?:hi|hello|hey|hiya|howdy|yo|sup|help|thanks?|thank you|ty|cheers|good (?:morning|afternoon|evening))(?: (?:there|bot|all|everyone|folks|team|again|pls|please))?$/;

/** Scores `text` (normalised, place names removed) against every intent's signals. */
export function classifyIntent(text: string): Classification {
  // The strongest piece of evidence decides; more of the same only adds a little, so a pile of
  // topical words ("api", "key", "token") cannot outvote one clear ask ("how much").
  const hits: Partial<Record<Intent, number[]>> = {};
  for (const signal of SIGNALS) {
    if (signal.re.test(text)) (hits[signal.intent] ??= []).push(signal.weight);
  }
  const scores: Partial<Record<Intent, number>> = {};
  for (const [intent, weights] of Object.entries(hits) as [Intent, number[]][]) {
    const max = Math.max(...weights);
    const sum = weights.reduce((a, b) => a + b, 0);
    scores[intent] = max + Math.min(1, 0.25 * (sum - max));
  }
  const hasDataWords = DATA_WORDS.test(text);
  // Unrelated topics lose to any data-access ask; without one they are the answer.
  if (hasDataWords) delete scores.out_of_scope;
  if (GREETING_ONLY.test(text))
    return { intent: 'help', confidence: 0.95, bare: false, scores: { help: 10 } };

  const ranked = (Object.entries(scores) as [Intent, number][]).sort(
    (a, b) => b[1] - a[1] || PRIORITY.indexOf(a[0]) - PRIORITY.indexOf(b[0]),
  );
  const [top, second] = ranked;
  if (!top) {
    return {
      intent: hasDataWords ? 'portal' : 'out_of_scope',
      confidence: hasDataWords ? 0.3 : text.length === 0 ? 0.2 : 0.5,
      bare: true,
      scores,
    };
  }
  const margin = top[1] - (second?.[1] ?? 0);
  const confidence = Math.min(0.99, 0.45 + Math.min(top[1], 10) * 0.03 + Math.min(margin, 6) * 0.05);
  return { intent: top[0], confidence: Number(confidence.toFixed(2)), bare: false, scores };
}
