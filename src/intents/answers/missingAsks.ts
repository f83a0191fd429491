import { isMessageKey, messages } from '../../i18n/index.js';
import type { Lang } from '../../knowledge/index.js';

/**
 * Things people ask for by name that a guide may simply not give. When the question asks for one and
 * none of the city's facts contains it, the lead says so plainly instead of leaving the reader to notice.
 */
interface AskedFor {
  what: string;
  asks: RegExp;
  /** How the thing looks when a fact does give it. */
  found: RegExp;
}

const ASKED_FOR: AskedFor[] = [
  {
    what: 'named person',
    asks: /\b(name|who runs|who is in charge|who heads|person|people|head of|manager|director|nombre|persona|responsable|quien dirige|quién dirige)\b/,
    found: /\b(?:Mr|Ms|Mrs|Dr)\.?\s+[A-Z]/,
  },
  { what: 'email address', asks: /\be-?mails?\b|\bcorreos?\b/, found: /[\w.+-]+@[\w-]+\.[\w.]+/ },
  {
    what: 'phone number',
    asks: /\b(phone|telephone|number to call|call them|tel[eé]fono|llamar)\b/,
    found: /\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}/,
  },
  {
    what: 'amount',
    asks: /\b(how much|amount|dollars|price|cost|costs|cu[aá]nto|monto|importe|precio|d[oó]lares)\b/,
    found: /\$\s?\d|\d+\s?(dollars|USD)\b/,
  },
];

// Whether a set of texts gives each thing depends on the texts alone: a city's facts are read once.
const givenIn = new WeakMap<readonly string[], boolean[]>();

function given(texts: readonly string[]): boolean[] {
  let found = givenIn.get(texts);
  if (!found) {
    found = ASKED_FOR.map((a) => texts.some((t) => a.found.test(t)));
    givenIn.set(texts, found);
  }
  return found;
}

/**
 * What the question asks for that none of the given texts contains ("named person", "email address").
 * `texts` is read once per array: pass the same array for the same facts.
 */
export function missingAsks(question: string, texts: readonly string[]): string[] {
  const found = given(texts);
  return ASKED_FOR.filter((a, i) => !found[i] && a.asks.test(question)).map((a) => a.what);
}

/** "named person, email address or phone number", each said in `lang` (the catalogue's `missing.*`). */
export function orList(items: string[], lang: Lang = 'en'): string {
  const m = messages(lang);
  const said = items.map((what) => {
    const key = `missing.${what}`;
    return isMessageKey(key) ? m(key) : what;
  });
  return said.length <= 1 ? (said[0] ?? '') : `${said.slice(0, -1).join(', ')} ${m('or')} ${said.at(-1)}`;
}
