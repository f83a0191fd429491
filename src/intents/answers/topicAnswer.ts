import type { Answer, City, TopicIntent } from '../../knowledge/index.js';
import { citedSources, cityChoices, dedupeSources, makeAnswer, officeName } from './common.js';

function topicPoints(city: City, intent: TopicIntent): { points: string[]; sources: Answer['sources'] } {
  const topic = city.topics[intent];
  const points = topic.points.map((p) => p.text);
  const facts = [...topic.points];
  if (intent === 'portal' || intent === 'dataset_id') {
    for (const portal of city.portals) {
      points.push(`${portal.name}: ${portal.homeUrl} (${portal.holds}).`);
      facts.push({ text: portal.name, sources: portal.sources });
    }
  }
  const ask = officeName(city, topic.askOffice);
  if (ask) points.push(`Who to ask: ${ask}.`);
  return { points, sources: citedSources(city, facts) };
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

/** One city's cited topic. */
export function topicAnswer(city: City, intent: TopicIntent, confidence: number): Answer {
  const topic = city.topics[intent];
  const { points, sources } = topicPoints(city, intent);
  return makeAnswer({
    kind: 'topic',
    intent,
    city: city.id,
    title: `${city.officialName}: ${topic.title}`,
    summary: topic.summary,
    points,
    sources,
    confidence,
  });
}

/** Several cities named ("compare fees in Miami and LA"), or none: one section per city. */
export function multiCityTopicAnswer(
  cities: City[],
  intent: TopicIntent,
  reported: string,
  confidence: number,
  opts: { brief: boolean },
): Answer {
  const sections = cities.map((city) => {
    const topic = city.topics[intent];
    const { points } = topicPoints(city, intent);
    return {
      heading: city.officialName,
      summary: topic.summary,
      points: opts.brief ? points.slice(0, 3) : points,
    };
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
    sources: dedupeSources(cities.flatMap((c) => topicPoints(c, intent).sources)),
    confidence,
  });
}
