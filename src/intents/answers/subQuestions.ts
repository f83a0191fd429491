/**
 * Sub-questions people ask inside a topic, and how the city files word the point that answers them.
 * When a question matches `asks`, the first point matching `answeredBy` leads the answer.
 */
export interface SubQuestion {
  asks: RegExp;
  answeredBy: RegExp;
}

export const SUB_QUESTIONS: SubQuestion[] = [
  {
    // "do i even need a key", "can i use it without a token"
    asks: /\b(need|require[ds]?|have to have|necessary|mandatory)\b.{0,40}\b(key|token)s?\b|\bwithout (an? )?(api )?(key|token)|\bkey ?less\b/,
    answeredBy:
      /do not always need|need no key|without an (app )?token|anonymous|not throttled unless|no key at all/i,
  },
  {
    asks: /\b(denied|deny|denial|rejected|refused|revoked|turned down)\b/,
    answeredBy: /denied|appeal|escalat/i,
  },
  {
    asks: /\b(e-?mail|phone|telephone|call)\b/,
    answeredBy: /\bno (phone number or )?e-?mail/i,
  },
  {
    asks: /\b(deadline|time limit|how long do i have|how many days)\b/,
    answeredBy: /deadline|time limits?\b/i,
  },
  {
    asks: /\b(header|pass|send|include)\b.{0,30}\b(key|token)\b/,
    answeredBy: /X-App-Token/i,
  },
  {
    asks: /\b(higher|more|increase[ds]?|raise|elevated|bigger)\b.{0,30}\b(limits?|quota|access|rate)\b/,
    answeredBy: /elevated|higher volumes?|estimated traffic/i,
  },
  {
    asks: /\b(fine|fines|fined|how much)\b/,
    answeredBy: /fines?\b.{0,60}not specified|no (monetary )?fines|not specif.{0,40}fines?/i,
  },
];

/** The sub-question a question asks, if any. */
export function subQuestionOf(question: string): SubQuestion | undefined {
  return SUB_QUESTIONS.find((s) => s.asks.test(question));
}
