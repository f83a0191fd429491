import { messages } from '../../i18n/index.js';
import {
  type Answer,
  type AnswerSection,
  type City,
  type Lang,
  TOPIC_INTENTS,
  type TopicIntent,
} from '../../knowledge/index.js';
import { createSourceList, type SourceList } from './citations.js';
import { cityChoices, makeAnswer } from './common.js';
import { type Candidate, shapeTopic } from './shapeTopic.js';

/** Points shown before the *More* button: at most four, and fewer when they are long. */
export const MAX_POINTS = 4;
const POINTS_BUDGET = 320;

/** How many of the ranked points fit the short view (always the first one). */
export function pointsThatFit(points: Candidate[], max = MAX_POINTS, budget = POINTS_BUDGET): number {
  let used = 0;
  let n = 0;
  for (const p of points.slice(0, max)) {
    if (n > 0 && used + p.text.length > budget) break;
    used += p.text.length;
    n++;
  }
  return n;
}

/** What each topic is called on a heading or button, in `lang`. */
export function topicLabels(lang: Lang): Record<TopicIntent, string> {
  const m = messages(lang);
  return Object.fromEntries(TOPIC_INTENTS.map((intent) => [intent, m(`label.${intent}`)])) as Record<
    TopicIntent,
    string
  >;
}

export const TOPIC_LABELS = topicLabels('en');

function cited(city: City, list: SourceList, points: Candidate[]) {
  return { points: points.map((p) => p.text), cites: points.map((p) => list.cite(city, p.sourceIds)) };
}

/**
 * One city's cited topic, led by the sentence that answers `question`. `city` is already in the
 * reader's language (localizeCity); `lang` words the bot's own lines.
 */
export function topicAnswer(
  city: City,
  intent: TopicIntent,
  confidence: number,
  question = '',
  lang: Lang = 'en',
): Answer {
  const topic = city.topics[intent];
  const shaped = shapeTopic(city, intent, question, lang);
  const list = createSourceList();
  const summaryCites = list.cite(city, shaped.leadSourceIds);
  const fit = pointsThatFit(shaped.points);
  const shown = cited(city, list, shaped.points.slice(0, fit));
  const rest = cited(city, list, shaped.points.slice(fit));
  return makeAnswer({
    kind: 'topic',
    intent,
    city: city.id,
    lang,
    title: topic.title,
    summary: shaped.lead,
    summaryCites,
    points: shown.points,
    cites: shown.cites,
    ...(rest.points.length ? { rest } : {}),
    sources: list.sources(),
    confidence,
  });
}

/** Several cities named ("compare fees in Miami and LA"), or none: one section per city. */
export function multiCityTopicAnswer(
  cities: City[],
  intent: TopicIntent,
  reported: string,
  confidence: number,
  opts: { brief: boolean; question?: string; lang?: Lang },
): Answer {
  const lang = opts.lang ?? 'en';
  const m = messages(lang);
  const list = createSourceList();
  const perCity = opts.brief ? 0 : 2;
  const sections: AnswerSection[] = cities.map((city) => {
    const shaped = shapeTopic(city, intent, opts.question ?? '', lang);
    const summaryCites = list.cite(city, shaped.leadSourceIds);
    const shown = cited(city, list, shaped.points.slice(0, perCity));
    return { heading: city.officialName, summary: shaped.lead, summaryCites, ...shown };
  });
  return makeAnswer({
    kind: 'topic',
    intent,
    city: reported,
    lang,
    title: `${m(`label.${intent}`)}: ${opts.brief ? m('topic.byCity') : cities.map((c) => c.name).join(m('topic.versus'))}`,
    summary: opts.brief
      ? m('topic.briefSummary', { cities: cities.map((c) => c.name).join(', ') })
      : m('topic.compareSummary'),
    sections,
    choices: opts.brief ? cityChoices(cities) : [],
    sources: list.sources(),
    confidence,
  });
}
