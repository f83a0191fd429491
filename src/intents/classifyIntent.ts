import type { Intent } from '../knowledge/index.js';
import type { LinearModel } from './model/linearModel.js';
import { predict } from './model/linearModel.js';
import { intentModel } from './model/loadModel.js';

export interface Classification {
  intent: Intent;
  /** Calibrated probability of `intent` (0..1). */
  confidence: number;
  /** The question carried no ask of its own (a follow-up like "what about LA?"). */
  bare: boolean;
  /** Every intent with its probability, most likely first. */
  ranked: { intent: Intent; p: number }[];
  /** A second, different ask in the same message ("how much and how long?"). */
  also?: Intent;
}

// Principled rules kept beside the model: a bare greeting, and words that carry no ask at all
// (including a correction's: "sorry, I meant LA", "actually make it for LA instead").
const GREETING_ONLY =
  /^(?:hi|hello|hey|hiya|howdy|yo|sup|help|hola|buenas|buenos dias|thanks?|thank you|ty|gracias|cheers|good (?:morning|afternoon|evening))(?: (?:there|bot|all|everyone|folks|team|again|pls|please|por favor))?$/;
const NO_ASK_WORDS = new Set(
  `what about how and or the a an for in of at to same there then now ok okay also yeah yes so pls please question thing county
  too as well with it that one them those these again instead city city's y e en para de del la el los las que tal sobre
  pues ahora tambien igual lo mismo con but oh wait hmm um doing do el condado ciudad
  sorry oops i meant mean actually rather make perdon perdona quise decir mejor`.split(/\s+/),
);
// A clause that asks something: starts with a question word or ends in "?".
const QUESTION_START =
  /^(?:how|hw|what|whats|wat|who|whos|where|wheres|when|which|why|is|are|do|does|did|can|could|will|would|should|any|como|cuanto|cuantos|cuando|donde|quien|que|cual|cuales|hay|puedo|se|necesito)\b/;
const CONJUNCTIONS = new Set(['and', 'also', 'plus', 'y', 'ademas', 'tambien']);
const CONFIDENT_PART = 0.6;

/** Whether any word of `text` could carry an ask (not a sentence mark, not a NO_ASK word). */
function hasContent(text: string): boolean {
  // Word by word without splitting the whole message first: the first content word ends it.
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf(' ', start);
    if (end < 0) end = text.length;
    const w = text.slice(start, end);
    if (w && w !== '.' && w !== '?' && !NO_ASK_WORDS.has(w)) return true;
    start = end + 1;
  }
  return false;
}

function rank(model: LinearModel, text: string): { intent: Intent; p: number }[] {
  return predict(model, text).ranked.map((r) => ({ intent: r.label as Intent, p: r.p }));
}

/** The message cut at sentence marks and joining words; a question keeps its "?". */
function clausesOf(text: string): string[] {
  const out: string[] = [];
  let words: string[] = [];
  const close = (mark: string) => {
    if (words.length) out.push(words.join(' ') + mark);
    words = [];
  };
  for (const w of text.split(' ')) {
    if (w === '?') close(' ?');
    else if (w === '.' || CONJUNCTIONS.has(w)) close('');
    else if (w) words.push(w);
  }
  close('');
  return out;
}

/**
 * Two different asks in their own clauses ("how much and how long?"), in the order asked, when the
 * whole message's reading is one of them; otherwise undefined.
 */
function twoAsks(model: LinearModel, text: string, main: Intent): [Intent, Intent] | undefined {
  const clauses = clausesOf(text).filter((c) => hasContent(c) && (QUESTION_START.test(c) || c.endsWith('?')));
  if (clauses.length < 2) return undefined;
  const asks = clauses
    .map((c) => rank(model, c)[0]!)
    .filter((r) => r.p >= CONFIDENT_PART && r.intent !== 'help' && r.intent !== 'out_of_scope')
    .map((r) => r.intent);
  const distinct = [...new Set(asks)];
  if (distinct.length < 2 || !distinct.includes(main)) return undefined;
  return [distinct[0]!, distinct[1]!];
}

/** Classifies `text` (normalised, place names removed) with the trained model. */
export function classifyIntent(text: string, model: LinearModel = intentModel()): Classification {
  const plain = text
    .replace(/(?:^| )[.?](?= |$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (GREETING_ONLY.test(plain))
    return { intent: 'help', confidence: 0.95, bare: false, ranked: [{ intent: 'help', p: 0.95 }] };
  const bare = !hasContent(plain);
  const ranked = rank(model, text);
  const top = ranked[0]!;
  if (bare) return { intent: top.intent, confidence: Math.min(top.p, 0.3), bare: true, ranked };
  const two = twoAsks(model, text, top.intent);
  if (two) {
    // The first ask leads; its confidence is the whole message's belief in it.
    const p = ranked.find((r) => r.intent === two[0])?.p ?? top.p;
    return { intent: two[0], confidence: Number(p.toFixed(2)), bare: false, ranked, also: two[1] };
  }
  return { intent: top.intent, confidence: Number(top.p.toFixed(2)), bare: false, ranked };
}
