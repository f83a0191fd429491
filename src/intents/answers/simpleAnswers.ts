import { isMessageKey, type MessageKey, messages } from '../../i18n/index.js';
import type { Answer, City, Intent, Lang } from '../../knowledge/index.js';
import { cityChoices, coveredList, makeAnswer } from './common.js';
import { MAX_POINTS } from './topicAnswer.js';

export function helpAnswer(cities: City[], city: string, confidence: number, lang: Lang): Answer {
  const m = messages(lang);
  const named = cities.find((c) => c.id === city);
  const aCity = m('help.aCity');
  return makeAnswer({
    kind: 'help',
    intent: 'help',
    city,
    lang,
    title: m('help.title'),
    summary: m('help.summary', {
      cities: coveredList(cities, lang),
      asked: named ? m('help.asked', { city: named.name }) : '',
    }),
    ...firstPoints([
      m('help.examples', {
        a: cities[0]?.name ?? aCity,
        b: cities[1]?.name ?? aCity,
        c: cities[2]?.name ?? aCity,
      }),
      m('help.followUp'),
      m('help.draft'),
      m('help.search'),
      m('help.details'),
      m('help.sources'),
      m('help.languages'),
    ]),
    choices: named ? [] : cityChoices(cities),
    confidence,
  });
}

/** At most four points up front; the rest behind *More*. */
function firstPoints(points: string[]): Pick<Answer, 'points' | 'rest'> {
  const rest = points.slice(MAX_POINTS);
  return {
    points: points.slice(0, MAX_POINTS),
    ...(rest.length ? { rest: { points: rest, cites: [] } } : {}),
  };
}

export function outOfScopeAnswer(cities: City[], city: string, confidence: number, lang: Lang): Answer {
  const m = messages(lang);
  return makeAnswer({
    kind: 'out_of_scope',
    intent: 'out_of_scope',
    city,
    lang,
    title: m('outOfScope.title'),
    summary: m('outOfScope.summary', {
      cities: coveredList(cities, lang),
      city: cities[0]?.name ?? m('help.aCity'),
    }),
    confidence,
  });
}

export function unsupportedPlaceAnswer(
  cities: City[],
  place: string,
  resembles: City | undefined,
  intent: Intent,
  confidence: number,
  lang: Lang,
): Answer {
  const m = messages(lang);
  const distinct = resembles ? m('unsupported.distinct', { place, official: resembles.officialName }) : '';
  return makeAnswer({
    kind: 'unsupported_place',
    intent,
    city: 'other',
    lang,
    title: m('unsupported.title', { place }),
    summary: m('unsupported.summary', { cities: coveredList(cities, lang), distinct, place }),
    points: resembles
      ? [
          m('unsupported.meant', {
            official: resembles.officialName,
            name: resembles.name,
            example: m(exampleKey(intent)),
          }),
        ]
      : [],
    choices: cityChoices(resembles ? [resembles] : cities),
    confidence,
  });
}

/** The words that follow a city's name in an example question for this intent. */
function exampleKey(intent: Intent): MessageKey {
  const key = `example.${intent}`;
  return isMessageKey(key) ? key : 'example.other';
}

export function clarifyCityAnswer(
  cities: City[],
  intent: Intent,
  what: string,
  confidence: number,
  lang: Lang,
): Answer {
  const m = messages(lang);
  return makeAnswer({
    kind: 'clarify',
    intent,
    city: 'none',
    lang,
    title: m('clarify.title'),
    summary: m('clarify.summary', { what, cities: coveredList(cities, lang) }),
    choices: cityChoices(cities),
    confidence,
  });
}
