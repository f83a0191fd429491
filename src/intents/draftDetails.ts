import type { Lang } from '../knowledge/index.js';
import { extractDatasetId } from '../search/datasetId.js';
import { namesSomething } from './answers/draftWording.js';
import type { DraftFacts, DraftKind } from './draftFacts.js';

/** "my key got revoked", "they denied my request", "my revoked miami key": a decision to appeal. */
const DECISION =
  /\b(?:got|was|were|been|has been|have been|they|city|it)\s+(?:\w+\s+){0,2}?(revoked|suspended|denied|rejected|refused|terminated)\b|\b(revoked|suspended|denied|rejected|terminated)\s+(?:my|our)\b|\b(?:my|our)\s+(?:\w+\s+){0,2}?(revoked|suspended|denied|rejected|terminated)\b/i;
/** The same decisions said in Spanish ("me revocaron la clave"), kept as the English word. */
const DECISION_ES = /\b(revocaron|suspendieron|negaron|denegaron|rechazaron|cancelaron)\b/i;
const DECISION_IN_ENGLISH: Record<string, string> = {
  revocaron: 'revoked',
  suspendieron: 'suspended',
  negaron: 'denied',
  denegaron: 'denied',
  rechazaron: 'rejected',
  cancelaron: 'terminated',
};
const APPEAL = /\b(appeal|appealing|dispute|contest|apelar|apelo|apelaci[oó]n|recurrir)\b/i;
const KEY = /\b(api key|app token|api token|token|key|credentials|higher (?:rate )?limits?|clave|llave)\b/i;
const HIGHER_LIMITS =
  /\b(?:higher|more|increased?|raised?|elevated)\s+(?:rate\s+)?(?:limits?|quota|access)\b/i;
const PUBLISH = /\b(publish|release|make (?:it|them|this) public|new data ?set|publicar|publiquen)\b/i;
const RESTRICTED =
  /\b(restricted|locked|non-public|not public|isn'?t public|confidential|restringid[oa]s?|no (?:es )?p[uú]blic[oa]s?|confidencial(?:es)?)\b/i;

const DATA_NOUN =
  '(?:data|dataset|datasets|records|layer|inventory|list|table|tables|feed|api|reports?|permits?|citations?)';
const UNTIL = String.raw`(?=\s+(?:for|so|because|and|in|from|to|with|as|please|pls)\b|[.?!,;]|$)`;

/** How people name a data subject, tried in order. */
const SUBJECTS = [
  // "a new dataset on sidewalk repairs", "the dataset IDs of their permit tables"
  new RegExp(
    String.raw`\b(?:data|dataset|datasets|ids?|records|information) (?:on|about|of|for|regarding) (?:(?:the|their|its|our)\s+)?([a-z0-9][a-z0-9' -]{2,50}?)${UNTIL}`,
    'i',
  ),
  // "access to the restricted police incident data", "it's for sidewalk condition data"
  new RegExp(
    String.raw`\b(?:publish(?:ing)?|release|access to|request(?:ing)?|asking (?:them )?(?:for|to publish)|need|want|looking for|get|about|on|for)\s+(?:(?:the|a|an|some|their|its|your)\s+)?((?:[a-z0-9'-]+\s+){0,6}?${DATA_NOUN}(?:\s+${DATA_NOUN})*)\b`,
    'i',
  ),
  // "acceso a los datos de permisos de construcción", "que publiquen los datos de árboles"
  /(?:acceso a|datos (?:de|sobre)|publi(?:car|quen))\s+(?:(?:los|las|el|la|unos|unas|un|una)\s+)?(?:datos (?:de|sobre)\s+)?([\p{L}0-9][\p{L}0-9' -]{2,50}?)(?=\s+(?:para|porque|en|a la|de la ciudad)\b|[.?!,;]|$)/iu,
  // "release streetlight outage reports"
  new RegExp(
    String.raw`\b(?:publish|release)\s+(?:(?:the|their|its|a|an)\s+)?([a-z0-9][a-z0-9' -]{2,50}?)${UNTIL}`,
    'i',
  ),
];

/** Why the user wants the data: "for a research project on response times", "we're doing flood sensor research". */
const PURPOSES = [
  /\bfor ((?:a|an|my|our|the)\s+(?:[a-z0-9'-]+\s+){0,4}?(?:project|research|study|app|application|dashboard|class|course|thesis|dissertation|hackathon|startup|analysis|paper|article|story|report|tool|map|website|nonprofit|newsroom|investigation)(?:\s+(?:on|about|into|of|for)\s+[^.?!,;]{2,50}?)?)(?=\s+(?:in|at|from|and|so|because|but)\b|[.?!,;]|$)/i,
  /\bwe(?:'re| are)\s+(?:doing|building|working on|running|making)\s+(?:a |an |some )?([^.?!,;]{3,60}?)(?=\s+(?:and|so|because|but)\b|[.?!,;]|$)/i,
];

const DATE =
  /\b(\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?(?:,? \d{4})?|\d{1,2} de (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)(?: de \d{4})?)\b/gi;
const PERSON =
  /\b(?:[Ii]'?m|[Ii] am|[Mm]y name is|[Tt]his is)\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?:\s+(?:from|at|with)\s+([A-Z][\w&'-]*(?:\s+(?:for|of|the|and|[A-Z][\w&'-]*))*))?/;
const VOLUME =
  /\b(\d[\d,.]*\s*k?\s*(?:calls|requests|hits|queries)(?:\s*(?:a|per|each|\/)\s*(?:day|hour|minute|second|month))?)/i;

/** Mentions, links and markup out; one line. */
function clean(text: string): string {
  return text
    .replace(/<[^>]*>?/g, ' ')
    .replace(/[<>]|!(?:channel|here|everyone)\b/g, ' ')
    .replace(/@\w+/g, ' ')
    .replace(/[*_`~|[\]]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "write it in English", "en inglés": the language the user wants the letter in. */
function letterLanguage(lower: string): Lang | undefined {
  if (/\b(in|en) (english|ingl[eé]s)\b/.test(lower)) return 'en';
  if (/\b(in|en) (spanish|espa[nñ]ol)\b/.test(lower)) return 'es';
  return undefined;
}

/** A subject without the place names in it ("LA's parking data" -> "parking data"). */
const placePatterns = new WeakMap<readonly string[], RegExp[]>();

/** One pattern per place name, compiled once per list (the engine passes the same list every time). */
function patternsFor(placeNames: readonly string[]): RegExp[] {
  let patterns = placePatterns.get(placeNames);
  if (!patterns) {
    patterns = placeNames.map((name) => {
      const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      return new RegExp(`\\s${escaped}(?:'s)?(?=\\s)`, 'gi');
    });
    placePatterns.set(placeNames, patterns);
  }
  return patterns;
}

function withoutPlaces(text: string, placeNames: readonly string[]): string {
  let out = ` ${text} `;
  // Names are replaced in the list's order (longest first), as before.
  for (const re of patternsFor(placeNames)) out = out.replace(re, ' ');
  return out.replace(/\s+/g, ' ').trim();
}

function kindOf(text: string): DraftKind | undefined {
  if (APPEAL.test(text) || DECISION.test(text) || DECISION_ES.test(text)) return 'appeal';
  if (KEY.test(text)) return 'api_key';
  if (PUBLISH.test(text)) return 'publish';
  if (RESTRICTED.test(text) || /\baccess to\b/i.test(text)) return 'access';
  return undefined;
}

/**
 * What one message says that a letter can use: the kind of request, the decision, the dataset, the
 * purpose, volume, dates and who is writing. `placeNames` are stripped from subjects.
 */
export function factsFromMessage(original: string, placeNames: readonly string[]): DraftFacts {
  const text = clean(original);
  const facts: DraftFacts = {};
  const kind = kindOf(text);
  if (kind) facts.kind = kind;
  if (KEY.test(text)) facts.aboutKey = true;
  if (HIGHER_LIMITS.test(text)) facts.higherLimits = true;
  const decision = DECISION.exec(text);
  const word =
    decision?.slice(1).find(Boolean) ?? DECISION_IN_ENGLISH[DECISION_ES.exec(text)?.[1]?.toLowerCase() ?? ''];
  if (word) facts.decision = word.toLowerCase();
  const letterLang = letterLanguage(text.toLowerCase());
  if (letterLang) facts.letterLang = letterLang;

  const id = extractDatasetId(original)?.id;
  const cleaned = SUBJECTS.map((re) => re.exec(text)?.[1])
    .filter((m): m is string => Boolean(m))
    .map((m) => withoutPlaces(m.replace(RESTRICTED, ' '), placeNames))
    // "the data", "a new dataset": a data noun alone names nothing.
    .find(namesSomething);
  const topic = Boolean(cleaned);
  const restricted = RESTRICTED.test(text);
  if (id || topic || restricted)
    facts.dataset = {
      ...(id ? { id } : {}),
      ...(topic ? { topic: cleaned } : {}),
      ...(restricted ? { restricted } : {}),
    };

  for (const re of PURPOSES) {
    const purpose = re.exec(text)?.[1];
    if (purpose) {
      facts.purpose = withoutPlaces(purpose, placeNames);
      break;
    }
  }
  const volume = VOLUME.exec(text)?.[1];
  if (volume) facts.volume = volume;
  const dates = [...text.matchAll(DATE)].map((m) => m[1]!);
  if (dates.length) facts.dates = dates;
  const who = PERSON.exec(text);
  if (who?.[1]) facts.person = who[1];
  const organisation = who?.[2]?.replace(/[.'-]+$/, '');
  if (organisation && !placeNames.some((p) => p.toLowerCase() === organisation.toLowerCase()))
    facts.organisation = organisation;
  return facts;
}
