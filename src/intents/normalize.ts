/** Longest question the engine reads; the rest is dropped and the answer says so. */
export const MAX_QUESTION_CHARS = 2000;

export interface NormalizedText {
  /** Trimmed original (after truncation), for echoing back and extracting ids. */
  original: string;
  /** Lower-case words separated by single spaces; punctuation removed but for "." and "?" sentence marks. */
  text: string;
  truncated: boolean;
}

// Zero-width, bidi controls and other format characters that change nothing a reader sees.
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/g;
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
const ASCII = /^[\u0000-\u007f]*$/;

/** Clean untrusted input: drop control and invisible characters, fold width forms, cap the length. */
export function cleanInput(raw: string): { text: string; truncated: boolean } {
  let text = raw.normalize('NFKC').replace(INVISIBLE, '').replace(CONTROL, ' ');
  const truncated = text.length > MAX_QUESTION_CHARS;
  if (truncated) text = text.slice(0, MAX_QUESTION_CHARS);
  return { text: text.replace(/\s+/g, ' ').trim(), truncated };
}

/**
 * Text the classifier reads: lower case, accents folded, Slack/Discord markup removed,
 * contractions joined ("what's" -> "whats"), letters repeated 3+ times squeezed ("plsss" -> "pls").
 */
export function normalizeQuestion(raw: string): NormalizedText {
  const { text: original, truncated } = cleanInput(raw);
  let folded = original.toLowerCase();
  // Most messages are plain ASCII: no accents to fold and no Slack markup to take out.
  if (!ASCII.test(folded)) folded = folded.normalize('NFD').replace(/\p{M}+/gu, '');
  if (folded.includes('<'))
    folded = folded
      .replace(/<[@#!][^<>]*>/g, ' ') // Slack mentions and channel links
      .replace(/<(https?:[^|<>]+)\|([^<>]*)>/g, '$2'); // Slack link labels
  const text = folded
    .replace(/\bl\.\s?a\b\.?/g, 'la')
    .replace(/\bk\.\s?c\.(?=\s|$|[^a-z])/g, 'kc')
    // "I'd" must not become the word "id" (as in dataset id).
    .replace(/\b(i|we|you|they|he|she)[’'`´]d\b/g, '$1 would')
    .replace(/[’'`´]/g, '')
    .replace(/&/g, ' and ')
    .replace(/\$+/g, ' dollars ')
    // Sentence ends survive as lone "." / "?" tokens: the classifier weighs the final question most.
    .replace(/[.!]+(?=\s|$)/g, ' . ')
    .replace(/\?+/g, ' ? ')
    .replace(/([a-z])\1{2,}/g, '$1')
    .replace(/(?<![\s])[.](?![\s]|$)/g, ' ')
    .replace(/[^\p{L}\p{N}\s.?-]/gu, ' ')
    .replace(/(^|\s)-+|-+(?=\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^(?:[.?] )+|(?: [.?])+(?= [.?]|$)/g, '')
    .trim();
  return { original, text: text === '.' || text === '?' ? '' : text, truncated };
}
