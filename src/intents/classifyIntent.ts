import type { Intent } from '../knowledge/index.js';
import { translateGlossary } from './glossary.js';
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
  'rate_limits',
  'dataset_id',
  'request_access',
  'api_key',
  'contact',
  'find_dataset',
  'process',
  'portal',
  'help',
  'out_of_scope',
];

const HARD_OUT_OF_SCOPE = 9;
const GREETING_ONLY =
  /^(?:hi|hello|hey|hiya|howdy|yo|sup|help|thanks?|thank you|ty|cheers|good (?:morning|afternoon|evening))(?: (?:there|bot|all|everyone|folks|team|again|pls|please))?$/;

// "not worried about cost", "fines aside", "rate limits dont matter": context the asker sets aside is not the ask.
const SET_ASIDE_PHRASES = [
  '(?:not|dont|do not|im not|were not|arent) (?:worried|asking|concerned|interested|bothered|care|trying|planning|ready|need|needing|want)(?: to)?(?: get| request| apply for| ask about)?(?: about)?(?: (?:a|an|the|any))? [a-z]+(?: [a-z]+)?(?: yet)?',
  'before (?:we|i) (?:even )?(?:request|apply for|get) (?:a |an |the )?[a-z]+(?: [a-z]+)?',
  'before (?:we|i) (?:fill out|fill in|submit|send) (?:anything|it|the form)',
  'not (?:a|an) [a-z]+ question',
  '(?:way |well )?(?:over|under) (?:any|the|normal|our|their) (?:rate )?limits?',
  '(?:not|dont|do not|im not) (?:asking|wondering) (?:about |how to |how |for |if |whether )?(?:[a-z]+ ){0,3}[a-z]+',
  'not [a-z]+ing',
  '(?:my|our|the) (?:form|request|application) (?:is |was )?(?:already )?(?:sent|submitted|in|done)',
  '(?:never|didnt|did not|havent) (?:signed|filled|submitted|sent) (?:any|a|the|an) [a-z]+',
  '(?:[a-z]+ ){1,3}(?:comes?|is for) later',
  '(?:my|our) contact (?:there|at [a-z]+|person)',
  '(?:[a-z]+ ){1,2}(?:isnt|arent|dont|doesnt|is not|are not|do not) (?:urgent|a concern|an issue|a problem|matter|important|relevant)',
  '(?:my|our|the) [a-z]+ works? (?:fine|ok|okay)',
  '(?:dont|do not) (?:wanna|want to) (?:get|have) (?:my |our )?[a-z]+ (?:revoked|suspended|banned|blocked)(?: [a-z]+){0,3}',
  '(?:never ?mind|forget(?: about)?|besides|apart from|other than) (?:the )?[a-z]+',
  '(?:[a-z]+ ){1,3}aside',
];
const SET_ASIDE_TRIGGER =
  /(?<![a-z0-9])(?:not|dont|do|im|were|arent|before|over|under|never|didnt|did|havent|later|contact|isnt|doesnt|is|are|works?|wanna|mind|forget|besides|apart|other|aside)(?![a-z0-9])/;
const SET_ASIDE = new RegExp(`(?<![a-z0-9])(?:${SET_ASIDE_PHRASES.join('|')})(?![a-z0-9])`, 'g');

function score(text: string): Partial<Record<Intent, number>> {
  // The strongest piece of evidence decides; more of the same only adds a little, so a pile of
  // topical words ("api", "key", "token") cannot outvote one clear ask ("how much").
  const hits: Partial<Record<Intent, number[]>> = {};
  for (const signal of SIGNALS) {
    signal.re.lastIndex = 0;
    let count = 0;
    while (signal.re.exec(text) !== null) count++;
    if (count === 0) continue;
    const list = hits[signal.intent] ?? [];
    for (let i = 0; i < count; i++) list.push(signal.weight);
    hits[signal.intent] = list;
  }
  const scores: Partial<Record<Intent, number>> = {};
  for (const [intent, weights] of Object.entries(hits) as [Intent, number[]][]) {
    const max = Math.max(...weights);
    const sum = weights.reduce((a, b) => a + b, 0);
    scores[intent] = max + Math.min(1, 0.25 * (sum - max));
  }
  return scores;
}

const PLEASANTRY = /^(?:thanks?|thank you|thx|ty|cheers|pls|please|appreciate it|much appreciated)\b/;
const ADD_ON = /^(?:also|and also|btw|plus|oh and|one more thing)\b/;

type Scores = Partial<Record<Intent, number>>;

/** The sentence that carries the ask and its scores: the last question, else the last sentence; add-ons ("also, is it free?") aside. */
function focusSentence(text: string): { text: string; scores: Scores } | undefined {
  const sentences: { text: string; question: boolean }[] = [];
  let words: string[] = [];
  for (const w of text.split(' ')) {
    if (w === '.' || w === '?') {
      if (words.length) sentences.push({ text: words.join(' '), question: w === '?' });
      words = [];
    } else words.push(w);
  }
  if (words.length) sentences.push({ text: words.join(' '), question: false });
  if (sentences.length < 2) return undefined;
  const main = sentences.filter((s) => !ADD_ON.test(s.text));
  const pool = main.length ? main : sentences;
  // A closing statement ("need someone to talk to") is the ask as much as a question; a bare
  // pleasantry is not.
  const last = pool.at(-1);
  if (!last) return undefined;
  if (!last.question && last.text.split(' ').length >= 3 && !PLEASANTRY.test(last.text)) {
    const scores = score(last.text);
    if (Math.max(0, ...Object.values(scores)) >= 6) return { text: last.text, scores };
  }
  const focus = pool.filter((s) => s.question).at(-1) ?? last;
  return { text: focus.text, scores: score(focus.text) };
}

/** Scores `text` (normalised, place names removed) against every intent's signals. */
export function classifyIntent(text: string): Classification {
  text = translateGlossary(text);
  // The set-aside patterns backtrack; most questions have none of their trigger words.
  if (SET_ASIDE_TRIGGER.test(text)) text = text.replace(SET_ASIDE, ' ');
  const plain = text
    .replace(/(?:^| )[.?](?= |$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const scores = score(plain);
  // In a long message the final question weighs more than the story before it.
  const focus = focusSentence(text);
  if (focus && focus.text !== plain) {
    for (const [intent, v] of Object.entries(focus.scores) as [Intent, number][])
      scores[intent] = (scores[intent] ?? 0) + 0.5 * v;
  }
  const hasDataWords = DATA_WORDS.test(plain);
  // Unrelated topics lose to any data-access ask; without one they decide.
  // ... except requests that are plainly something else ("translate 'open data' into French").
  if (hasDataWords && (scores.out_of_scope ?? 0) < HARD_OUT_OF_SCOPE) delete scores.out_of_scope;
  else if (scores.out_of_scope) {
    const otherBest = Math.max(
      0,
      ...Object.entries(scores)
        .filter(([i]) => i !== 'out_of_scope')
        .map(([, v]) => v),
    );
    if (otherBest <= scores.out_of_scope)
      return { intent: 'out_of_scope', confidence: 0.8, bare: false, scores };
    delete scores.out_of_scope;
  }
  if (GREETING_ONLY.test(plain))
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
