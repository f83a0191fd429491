import type { Answer, City, Intent } from '../../knowledge/index.js';
import { cityChoices, coveredList, makeAnswer } from './common.js';

export function helpAnswer(cities: City[], city: string, confidence: number): Answer {
  const named = cities.find((c) => c.id === city);
  return makeAnswer({
    kind: 'help',
    intent: 'help',
    city,
    title: 'civic-data-bot: open data access, city by city',
    summary: `I answer questions about getting open data from ${coveredList(cities)}${
      named ? ` (you asked about ${named.name})` : ''
    }: who to contact, API keys and tokens, requesting new or restricted datasets, denials and appeals, penalties, forms, fees, timelines, rate limits and finding a dataset ID. I also search the cities' open data portals live.`,
    ...firstFour([
      `Ask in plain words, e.g. "how do I get an API key for ${cities[0]?.name ?? 'a city'}?", "who do I contact in ${
        cities[1]?.name ?? 'a city'
      }?", "any parking data in ${cities[2]?.name ?? 'a city'}?"`,
      'Follow up naturally: "what about Los Angeles?" or "and the fees?" keeps the conversation going.',
      'Ask me to "draft a request email" and I will write one addressed to the right office.',
      'Dataset search: `/opendata search <city> <topic>` in Slack, `/dataset search` in Discord, `civic-data-bot search <city> <topic>` in a terminal.',
      'Dataset details by ID: `/opendata dataset <city> <id>`, `/dataset info`, `civic-data-bot dataset <city> <id>`.',
      'Every answer lists its sources; where the cities do not publish something (fines, fees, form numbers), I say so and who to ask.',
    ]),
    choices: named ? [] : cityChoices(cities),
    confidence,
  });
}

/** At most four points up front; the rest behind *More*. */
function firstFour(points: string[]): Pick<Answer, 'points' | 'rest'> {
  const rest = points.slice(4);
  return { points: points.slice(0, 4), ...(rest.length ? { rest: { points: rest, cites: [] } } : {}) };
}

export function outOfScopeAnswer(cities: City[], city: string, confidence: number): Answer {
  return makeAnswer({
    kind: 'out_of_scope',
    intent: 'out_of_scope',
    city,
    title: "That's outside what I can help with",
    summary: `I only help with getting open data from ${coveredList(cities)}: contacts, API keys, dataset requests, appeals, fees, rate limits and dataset search. Try asking something like "how do I get an API key in ${
      cities[0]?.name ?? 'a city'
    }?"`,
    confidence,
  });
}

export function unsupportedPlaceAnswer(
  cities: City[],
  place: string,
  resembles: City | undefined,
  intent: Intent,
  confidence: number,
): Answer {
  const distinct = resembles
    ? ` ${place} is a separate government from the ${resembles.officialName}, which is the one I cover; its data and offices are its own.`
    : '';
  return makeAnswer({
    kind: 'unsupported_place',
    intent,
    city: 'other',
    title: `I don't cover ${place}`,
    summary: `I only cover ${coveredList(cities)}.${distinct} For ${place}, check its own open data portal or records office.`,
    points: resembles
      ? [
          `If you meant the ${resembles.officialName}, ask again naming it, e.g. "${resembles.name} ${intentExample(intent)}".`,
        ]
      : [],
    choices: cityChoices(resembles ? [resembles] : cities),
    confidence,
  });
}

function intentExample(intent: Intent): string {
  const examples: Partial<Record<Intent, string>> = {
    find_dataset: 'datasets about …',
    api_key: 'API key',
    contact: 'contact',
    fees: 'fees',
    penalties: 'penalties',
    request_access: 'request restricted data',
    portal: 'open data portal',
  };
  return examples[intent] ?? 'open data access';
}

export function clarifyCityAnswer(cities: City[], intent: Intent, what: string, confidence: number): Answer {
  return makeAnswer({
    kind: 'clarify',
    intent,
    city: 'none',
    title: 'Which city?',
    summary: `Which city do you mean for ${what}? I cover ${coveredList(cities)}.`,
    choices: cityChoices(cities),
    confidence,
  });
}
