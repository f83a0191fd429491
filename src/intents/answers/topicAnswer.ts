import type { Answer, AnswerSection, City, TopicIntent } from '../../knowledge/index.js';
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

export const TOPIC_LABELS: Record<TopicIntent, string> = {
  contact: 'Who to contact',
  api_key: 'Getting an API key',
  request_access: 'Requesting data or access',
  denied_appeal: 'Denials and appeals',
  penalties: 'Penalties and enforcement',
  forms: 'Forms and where to submit',
  fees: 'Fees',
  timeline: 'Timelines',
  rate_limits: 'Rate limits and terms of use',
  dataset_id: 'Dataset IDs, endpoints and metadata',
  portal: 'Open data portals',
  evaluation: 'How requests are evaluated',
  process: 'Step-by-step process',
};

function cited(city: City, list: SourceList, points: Candidate[]) {
  return { points: points.map((p) => p.text), cites: points.map((p) => list.cite(city, p.sourceIds)) };
}

/** One city's cited topic, led by the sentence that answers `question`. */
export function topicAnswer(city: City, intent: TopicIntent, confidence: number, question = ''): Answer {
  const topic = city.topics[intent];
  const shaped = shapeTopic(city, intent, question);
  const list = createSourceList();
  const summaryCites = list.cite(city, shaped.leadSourceIds);
  const fit = pointsThatFit(shaped.points);
  const shown = cited(city, list, shaped.points.slice(0, fit));
  const rest = cited(city, list, shaped.points.slice(fit));
  return makeAnswer({
    kind: 'topic',
    intent,
    city: city.id,
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
  opts: { brief: boolean; question?: string },
): Answer {
  const list = createSourceList();
  const perCity = opts.brief ? 0 : 2;
  const sections: AnswerSection[] = cities.map((city) => {
    const shaped = shapeTopic(city, intent, opts.question ?? '');
    const summaryCites = list.cite(city, shaped.leadSourceIds);
    const shown = cited(city, list, shaped.points.slice(0, perCity));
    return { heading: city.officialName, summary: shaped.lead, summaryCites, ...shown };
  });
  return makeAnswer({
    kind: 'topic',
    intent,
    city: reported,
    title: `${TOPIC_LABELS[intent]}: ${opts.brief ? 'by city' : cities.map((c) => c.name).join(' vs ')}`,
    summary: opts.brief
      ? `You didn't name a city, so here is the short answer for each city I cover (${cities
          .map((c) => c.name)
          .join(', ')}). Pick one for the full, cited answer.`
      : `Here is what each city's published guidance says.`,
    sections,
    choices: opts.brief ? cityChoices(cities) : [],
    sources: list.sources(),
    confidence,
  });
}
