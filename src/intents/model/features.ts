/**
 * Sparse features of one question, shared by training and prediction so the two can never drift:
 * word 1–2-grams, char 2–5-grams inside word boundaries (typo tolerance: "aprove" still shares
 * "apro", "rove"), and the words of the last sentence (where a long message usually puts its ask).
 */
export interface FeatureOptions {
  charMin: number;
  charMax: number;
  /** Extra features for the final sentence's words. */
  lastSentence: boolean;
}

export const DEFAULT_FEATURES: FeatureOptions = { charMin: 2, charMax: 5, lastSentence: true };

const SENTENCE_END = /^[.?]$/;

/** Counts of named features; `text` is normalised (lower case, "." and "?" as their own tokens). */
export function extractFeatures(text: string, opts: FeatureOptions = DEFAULT_FEATURES): Map<string, number> {
  const out = new Map<string, number>();
  const add = (f: string, v = 1) => out.set(f, (out.get(f) ?? 0) + v);
  const tokens = text.split(' ').filter(Boolean);
  const words = tokens.filter((t) => !SENTENCE_END.test(t));
  if (words.length === 0) return out;
  add('bias');
  let prev = '^';
  for (const w of words) {
    add(`w:${w}`);
    add(`b:${prev}_${w}`);
    prev = w;
    const padded = ` ${w} `;
    for (let n = opts.charMin; n <= opts.charMax; n++) {
      for (let i = 0; i + n <= padded.length; i++) add(`c:${padded.slice(i, i + n)}`);
    }
  }
  add(`b:${prev}_$`);
  if (opts.lastSentence) {
    // The last sentence that has words; with one sentence this repeats the message, which is harmless.
    let end = tokens.length;
    while (end > 0 && SENTENCE_END.test(tokens[end - 1]!)) end--;
    let start = end;
    while (start > 0 && !SENTENCE_END.test(tokens[start - 1]!)) start--;
    if (start > 0) for (const w of tokens.slice(start, end)) add(`l:${w}`);
  }
  return out;
}
