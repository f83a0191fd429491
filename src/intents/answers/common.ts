import type { Answer, AnswerSource, City, Fact } from '../../knowledge/index.js';
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

/** "City of Miami, Kansas City (MO) and City of Los Angeles" */
export function coveredList(cities: City[]): string {
  const names = cities.map((c) => `${c.officialName}`);
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

type Base = Pick<Answer, 'kind' | 'intent' | 'city' | 'title' | 'summary' | 'confidence'>;

/** An Answer with every optional list defaulted, so builders only state what they have. */
export function makeAnswer(base: Base & Partial<Answer>): Answer {
  return { points: [], sections: [], choices: [], notices: [], sources: [], ...base };
}

export function cityChoices(cities: City[]): Answer['choices'] {
  return cities.map((c) => ({ label: c.name, value: c.name }));
}
