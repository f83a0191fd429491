/** Words that say nothing about which point answers a question. */
const STOP = new Set(
  `a an the and or but if of to in on at by for from with about into as is are was were be been being am do does did
  doing done have has had having i me my we our you your it its this that these those there here what whats which who whom
  whose how when where why can could would should will shall may might must not no yes any some all each every more most
  other such only own same so than too very just also even like really get got gets getting want wanna need please pls
  hey hi thanks thank ok okay lol yeah kind sort thing things stuff know tell let lets im ive id one two via per
  city citys miami kansas kc kcmo la los angeles data dataset datasets open api apis`.split(/\s+/),
);

/** Different words for the same thing, so "need a key" meets "require a token". */
const SAME: Record<string, string> = {
  keys: 'key',
  token: 'key',
  tokens: 'key',
  credential: 'key',
  credentials: 'key',
  require: 'need',
  required: 'need',
  requires: 'need',
  necessary: 'need',
  needed: 'need',
  denied: 'deny',
  denial: 'deny',
  rejected: 'deny',
  reject: 'deny',
  refused: 'deny',
  revoked: 'deny',
  revocation: 'deny',
  appeals: 'appeal',
  appealing: 'appeal',
  fee: 'fee',
  fees: 'fee',
  cost: 'fee',
  costs: 'fee',
  charge: 'fee',
  price: 'fee',
  pay: 'fee',
  fines: 'fine',
  penalty: 'fine',
  penalties: 'fine',
  deadline: 'deadline',
  deadlines: 'deadline',
  limit: 'limit',
  limits: 'limit',
  throttled: 'limit',
  throttle: 'limit',
  quota: 'limit',
  mail: 'email',
  emails: 'email',
  phone: 'phone',
  telephone: 'phone',
  talk: 'contact',
  reach: 'contact',
  contacts: 'contact',
  form: 'form',
  forms: 'form',
  submit: 'submit',
  send: 'submit',
  long: 'time',
  timeline: 'time',
  timelines: 'time',
  weeks: 'time',
  days: 'time',
};

/** Crude but enough here: "enforces", "enforcer" and "enforcement" all become "enforce". */
function stem(word: string): string {
  const same = SAME[word];
  if (same) return same;
  let w = word;
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  return w.slice(0, 7);
}

/** Office names the guides also write as initials: one term each, whichever way a point spells them. */
const NAMES: [RegExp, string][] = [
  [/\binformation technology agency\b/, 'ita'],
  [/\binnovation (?:and|&) technology\b/, 'iandt'],
  [/\binformation technology\b|\bcity it\b|\bit (?:department|dept)\b/, 'infotech'],
  [/\bcity clerk\b/, 'clerk'],
];
// One pass for all of them; at a given place the names are tried in the order above.
const ANY_NAME = new RegExp(NAMES.map(([re]) => `(${re.source})`).join('|'), 'g');
const shortName = (...groups: unknown[]) => NAMES[groups.slice(1, 1 + NAMES.length).findIndex(Boolean)]![1];

/** The meaningful word stems of a text. */
export function termsOf(text: string): Set<string> {
  const out = new Set<string>();
  const named = text.toLowerCase().replace(ANY_NAME, shortName);
  for (const w of named.split(/[^a-z0-9]+/)) {
    if (w.length < 2 || STOP.has(w)) continue;
    out.add(stem(w));
  }
  return out;
}

// City-file texts are a fixed, finite set, so their terms are worth keeping; questions are not.
const cityTerms = new Map<string, Set<string>>();

/** `termsOf` for a text from a city file, computed once per text. */
export function cityTermsOf(text: string): Set<string> {
  let terms = cityTerms.get(text);
  if (!terms) {
    terms = termsOf(text);
    cityTerms.set(text, terms);
  }
  return terms;
}

/** How many of the question's terms a text shares. */
export function sharedTerms(question: Set<string>, text: Set<string>): number {
  let n = 0;
  for (const t of question) if (text.has(t)) n++;
  return n;
}

/** Share of the smaller text's terms that the other has too: 1 means one says nothing the other does not. */
export function overlap(a: Set<string>, b: Set<string>): number {
  const small = a.size <= b.size ? a : b;
  const large = small === a ? b : a;
  if (small.size === 0) return 0;
  return sharedTerms(small, large) / small.size;
}

/** Share of `a`'s terms that `b` has too: 1 means `a` says nothing `b` does not. */
export function containedIn(a: Set<string>, b: Set<string>): number {
  return a.size === 0 ? 1 : sharedTerms(a, b) / a.size;
}
