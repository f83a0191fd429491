/**
 * Sparse features of one question, shared by training and prediction so the two can never drift:
 * word 1–2-grams, char 2–5-grams inside word boundaries (typo tolerance: "aprove" still shares
 * "apro", "rove"), and the words of the last sentence (where a long message usually puts its ask).
 *
 * Each feature is a 30-bit FNV-1a hash of its kind and text, built incrementally without making a
 * string per n-gram: a question is read in microseconds, and the small integers are fast map keys.
 * With ~30k kept features, an unseen n-gram lands on a kept one about once in 30,000 lookups.
 */
export interface FeatureOptions {
  charMin: number;
  charMax: number;
  /** Extra features for the final sentence's words. */
  lastSentence: boolean;
}

export const DEFAULT_FEATURES: FeatureOptions = { charMin: 2, charMax: 5, lastSentence: true };

const OFFSET = 0x811c9dc5;
const MASK = 0x3fffffff;
const step = (h: number, code: number) => Math.imul(h ^ code, 0x01000193) >>> 0;
function hashFrom(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = step(h, s.charCodeAt(i));
  return h;
}
const SEED = {
  bias: hashFrom(OFFSET, 'bias'),
  word: hashFrom(OFFSET, 'w:'),
  bigram: hashFrom(OFFSET, 'b:'),
  char: hashFrom(OFFSET, 'c:'),
  last: hashFrom(OFFSET, 'l:'),
};
const SPACE = 32;
const UNDERSCORE = 95;
const isSentenceEnd = (t: string) => t === '.' || t === '?';

/** A word's own feature and its char n-grams: they depend on the word alone. */
export function forEachWordFeature(w: string, opts: FeatureOptions, visit: (hash: number) => void): void {
  visit(hashFrom(SEED.word, w) & MASK);
  // Char n-grams of " w ": each start extends one hash through lengths 1..charMax.
  const len = w.length + 2;
  for (let i = 0; i < len; i++) {
    let h = SEED.char;
    for (let n = 1; n <= opts.charMax && i + n <= len; n++) {
      const at = i + n - 1;
      h = step(h, at === 0 || at === len - 1 ? SPACE : w.charCodeAt(at - 1));
      if (n >= opts.charMin) visit(h & MASK);
    }
  }
}

/** The hash of "b:" + prev + "_", which a bigram with the next word extends. */
const bigramPrefix = (prev: string) => step(hashFrom(SEED.bigram, prev), UNDERSCORE);

const START_PREFIX = bigramPrefix('^');

/**
 * Calls `visit` with every feature occurrence's hash; `text` is normalised (lower case, "." and "?"
 * as their own tokens). Each word's own features go through `visitWord` (by default, to `visit`),
 * so a caller may work them out once per word; the rest depend on the word's neighbours.
 */
export function forEachFeature(
  text: string,
  opts: FeatureOptions,
  visit: (hash: number) => void,
  visitWord: (w: string) => void = (w) => forEachWordFeature(w, opts, visit),
): void {
  const tokens = text.split(' ').filter(Boolean);
  let words = 0;
  let prefix = START_PREFIX;
  for (const w of tokens) {
    if (isSentenceEnd(w)) continue;
    words++;
    visit(hashFrom(prefix, w) & MASK);
    visitWord(w);
    prefix = bigramPrefix(w);
  }
  if (words === 0) return;
  visit(SEED.bias & MASK);
  visit(hashFrom(prefix, '$') & MASK);
  if (opts.lastSentence) {
    // The last sentence that has words, when there is more than one sentence.
    let end = tokens.length;
    while (end > 0 && isSentenceEnd(tokens[end - 1]!)) end--;
    let start = end;
    while (start > 0 && !isSentenceEnd(tokens[start - 1]!)) start--;
    if (start > 0) for (let i = start; i < end; i++) visit(hashFrom(SEED.last, tokens[i]!) & MASK);
  }
}
