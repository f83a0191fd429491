import { messages } from '../../i18n/index.js';
import type { City, Lang, TopicIntent } from '../../knowledge/index.js';
import { officeName } from './common.js';
import { missingAsks, orList } from './missingAsks.js';
import { subQuestionOf } from './subQuestions.js';
import { cityTermsOf, containedIn, overlap, sharedTerms, termsOf } from './terms.js';

/** A point the answer may show, with the city source ids that say it. */
export interface Candidate {
  text: string;
  sourceIds: string[];
}

/** A topic answer's shape for one question: the lead, then the points most specific first. */
export interface ShapedTopic {
  lead: string;
  leadSourceIds: string[];
  points: Candidate[];
}

/** A point counts as saying the same as another when this share of its words is in the other. */
const SAME_AS_LEAD = 0.6;
/** A lead of two sentences only when both together stay this short. */
const LEAD_MAX = 380;
const SAME_AS_POINT = 0.6;

const candidatesByCity = new WeakMap<City, Map<string, readonly Candidate[]>>();

/**
 * Every point the city file has for a topic, portal lines and who to ask included. They follow from
 * the city file alone, so each (city, topic, language) is built once and shared: do not mutate.
 */
export function topicCandidates(city: City, intent: TopicIntent, lang: Lang = 'en'): readonly Candidate[] {
  let byTopic = candidatesByCity.get(city);
  if (!byTopic) {
    byTopic = new Map();
    candidatesByCity.set(city, byTopic);
  }
  const key = `${intent}|${lang}`;
  let out = byTopic.get(key);
  if (!out) {
    out = buildCandidates(city, intent, lang);
    byTopic.set(key, out);
  }
  return out;
}

function buildCandidates(city: City, intent: TopicIntent, lang: Lang): Candidate[] {
  const topic = city.topics[intent];
  const out: Candidate[] = topic.points.map((p) => ({ text: p.text, sourceIds: p.sources }));
  if (intent === 'portal' || intent === 'dataset_id') {
    for (const portal of city.portals)
      out.push({ text: `${portal.name}: ${portal.homeUrl} (${portal.holds}).`, sourceIds: portal.sources });
  }
  const ask = city.offices.find((o) => o.id === topic.askOffice);
  if (ask) out.push({ text: messages(lang)('topic.whoToAsk', { office: ask.name }), sourceIds: ask.sources });
  return out;
}

const leads = new Map<string, string>();

/** The first sentence of a summary, or the first two when the first is short (once per summary text). */
export function leadSentences(summary: string): string {
  let lead = leads.get(summary);
  if (lead === undefined) {
    lead = firstSentences(summary);
    // Summaries come from the city files, a fixed set; anything else is not kept.
    if (leads.size < 1000) leads.set(summary, lead);
  }
  return lead;
}

function firstSentences(summary: string): string {
  // A Spanish sentence may open with "¿", "¡" or an accented capital.
  const sentences = summary.split(/(?<=[.!?])\s+(?=[\p{Lu}¿¡])/u);
  const first = sentences[0] ?? summary;
  const second = sentences[1];
  return second && first.length + second.length < LEAD_MAX ? `${first} ${second}` : first;
}

const textsByCity = new WeakMap<City, string[]>();

/** Everything the city file states, to tell whether it gives what the question asks for (once per city). */
function allTexts(city: City): string[] {
  let texts = textsByCity.get(city);
  if (!texts) {
    texts = [
      ...Object.values(city.topics).flatMap((t) => [t.summary, ...t.points.map((p) => p.text)]),
      ...city.offices.map((o) => o.role),
    ];
    textsByCity.set(city, texts);
  }
  return texts;
}

const sameByCandidates = new WeakMap<readonly Candidate[], Uint8Array>();

/** Which candidates say the same as which (pairwise, from the city file alone): worked out once per list. */
function sameAsEachOther(candidates: readonly Candidate[]): Uint8Array {
  let same = sameByCandidates.get(candidates);
  if (!same) {
    const n = candidates.length;
    const terms = candidates.map((c) => cityTermsOf(c.text));
    same = new Uint8Array(n * n);
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) same[i * n + j] = +(overlap(terms[i]!, terms[j]!) >= SAME_AS_POINT);
    sameByCandidates.set(candidates, same);
  }
  return same;
}

// One question is shaped against several topics or cities in a row (a second ask, no city named).
let lastQuestion: { q: string; terms: Set<string> } | undefined;
function questionTerms(q: string): Set<string> {
  if (lastQuestion?.q !== q) lastQuestion = { q, terms: termsOf(q) };
  return lastQuestion.terms;
}

/** `city` is already in the reader's language (localizeCity); `lang` words the bot's own lead. */
export function shapeTopic(
  city: City,
  intent: TopicIntent,
  question: string,
  lang: Lang = 'en',
): ShapedTopic {
  const topic = city.topics[intent];
  const q = question.toLowerCase();
  const asked = questionTerms(q);
  const candidates = topicCandidates(city, intent, lang);
  const sub = subQuestionOf(q);
  const summaryLead = leadSentences(topic.summary);
  // The summary leads unless it leaves the sub-question asked unanswered.
  const answering =
    sub && !sub.answeredBy.test(summaryLead)
      ? candidates.find((c) => sub.answeredBy.test(c.text))
      : undefined;

  const leadParts: string[] = [];
  // A leading "the guide gives no email address or phone number" already says those are missing.
  const saysMissing = answering && /\bno\b|not specified/i.test(answering.text);
  // A lead that already says "not specified" (fees, fines, review periods) needs no "no amount" before it.
  const leadSaysUnspecified = /\bnot specified|\bno\b[^.]{0,60}\bspecified\b|no (se )?especific/i.test(
    summaryLead,
  );
  const missing = missingAsks(q, allTexts(city)).filter(
    (m) =>
      !(saysMissing && /email|phone/.test(m) && new RegExp(m.split(' ')[0]!, 'i').test(answering.text)) &&
      !(m === 'amount' && leadSaysUnspecified && !answering),
  );
  if (missing.length) {
    const office = officeName(city, topic.askOffice ?? city.draft.to) ?? city.offices[0]!.name;
    leadParts.push(
      messages(lang)('topic.guideGivesNo', { name: city.name, what: orList(missing, lang), office }),
    );
  }
  leadParts.push(answering ? answering.text : summaryLead);
  const lead = leadParts.join(' ');
  const leadTerms = cityTermsOf(lead);

  const scored = candidates
    .map((c, index) => ({ c, index }))
    .filter(({ c }) => c !== answering)
    .map(({ c, index }, order) => {
      const terms = cityTermsOf(c.text);
      // Numbered steps keep their order: step 4 before step 1 reads as nonsense.
      const score = /^\d+\.\s/.test(c.text)
        ? 0
        : sharedTerms(asked, terms) + (sub?.answeredBy.test(c.text) ? 2 : 0);
      return { c, index, terms, order, score };
    })
    .filter((s) => containedIn(s.terms, leadTerms) < SAME_AS_LEAD)
    .sort((a, b) => b.score - a.score || a.order - b.order);

  const same = sameAsEachOther(candidates);
  const n = candidates.length;
  const kept: typeof scored = [];
  for (const s of scored) if (!kept.some((k) => same[k.index * n + s.index])) kept.push(s);
  return { lead, leadSourceIds: answering?.sourceIds ?? [], points: kept.map((k) => k.c) };
}
