import type { Lang } from './language.js';
import type { City } from './schema.js';

const spanish = new WeakMap<City, City>();

/**
 * The city as a reader of `lang` sees it: in Spanish, each topic's title, summary and points, the
 * draft items and what each portal holds come from the Spanish renderings, which the schema keeps
 * fact-for-fact and source-for-source equal to the English. Names, offices and sources are shared.
 */
export function localizeCity(city: City, lang: Lang): City {
  if (lang === 'en') return city;
  const cached = spanish.get(city);
  if (cached) return cached;
  const topics = Object.fromEntries(
    Object.entries(city.topics).map(([intent, topic]) => [
      intent,
      { ...topic, title: topic.es.title, summary: topic.es.summary, points: topic.es.points },
    ]),
  ) as City['topics'];
  const localized: City = {
    ...city,
    topics,
    portals: city.portals.map((p) => ({ ...p, holds: p.es?.holds ?? p.holds })),
    draft: { ...city.draft, items: city.draft.es.items },
    knownDatasets: city.knownDatasets.map((d) => (d.es ? { ...d, caveat: d.es.caveat } : d)),
  };
  spanish.set(city, localized);
  return localized;
}
