import { listOf } from '../../i18n/index.js';
import type { Answer, AnswerSource, City, Fact, Lang } from '../../knowledge/index.js';
import { createSourceList } from './citations.js';

/** The public sources behind a set of facts, in first-cited order. */
export function citedSources(city: City, facts: Fact[]): AnswerSource[] {
  const list = createSourceList();
  for (const f of facts) list.cite(city, f.sources);
  return list.sources();
}

export function dedupeSources(sources: AnswerSource[]): AnswerSource[] {
  const seen = new Set<string>();
  return sources.filter((s) => {
    const key = `${s.title}|${s.url ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function officeName(city: City, officeId: string | undefined): string | undefined {
  return city.offices.find((o) => o.id === officeId)?.name;
}

/** "City of Miami, City of Kansas City, Missouri and City of Los Angeles" (official names stay English). */
export function coveredList(cities: City[], lang: Lang): string {
  return listOf(
    lang,
    cities.map((c) => c.officialName),
  );
}

type Base = Pick<Answer, 'kind' | 'intent' | 'city' | 'title' | 'summary' | 'confidence'> & { lang: Lang };

/** An Answer with every optional list defaulted, so builders only state what they have. */
export function makeAnswer(base: Base & Partial<Answer>): Answer {
  return { points: [], sections: [], choices: [], notices: [], sources: [], ...base };
}

export function cityChoices(cities: City[]): Answer['choices'] {
  return cities.map((c) => ({ label: c.name, value: c.name }));
}
