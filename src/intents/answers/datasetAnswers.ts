import { listOf, type MessageKey, messages } from '../../i18n/index.js';
import type { Answer, City, DatasetDetails, Intent, Lang } from '../../knowledge/index.js';
import { portalSearchPageUrl } from '../../search/portalLinks.js';
import type { SearchFailure, SearchOk, SkippedItems } from '../../search/types.js';
import { dedupeSources, makeAnswer } from './common.js';
import { knownDataset, knownNote, knownSources } from './knownDatasets.js';

// Every builder here takes the city already in the reader's language (localizeCity) and words its own
// lines from the catalogue in `lang`.

export const PAGE_SIZE = 5;

export function portalSearchLink(city: City, query: string): string[] {
  return city.portals.map((p) => `${p.name}: ${portalSearchPageUrl(p, query)}`);
}

function requestPath(city: City): string {
  return city.topics.request_access.summary;
}

const portalNames = (city: City, lang: Lang) =>
  listOf(
    lang,
    city.portals.map((p) => p.name),
  );
const portalSources = (city: City) => city.portals.map((p) => ({ title: p.name, url: p.homeUrl }));

/** Why a portal call failed, in words: "the portal did not answer in time". */
export function failureText(error: SearchFailure, lang: Lang = 'en'): string {
  return messages(lang)(`failure.${error}`);
}

/** A broader query to suggest: fewer words, or the singular of a plural ("street trees" -> "street tree"). */
export function nearbyQuery(query: string, lang: Lang = 'en'): string {
  const m = messages(lang);
  const words = query.trim().split(/\s+/);
  if (words.length > 1)
    return m('nearby.words', { shorter: words.slice(0, -1).join(' '), last: words.at(-1) ?? '' });
  const word = words[0] ?? '';
  if (word.length > 4 && word.endsWith('s')) return m('nearby.singular', { word: word.slice(0, -1) });
  return m('nearby.general');
}

export function datasetsAnswer(
  city: City,
  query: string,
  result: SearchOk,
  offset: number,
  confidence: number,
  lang: Lang = 'en',
): Answer {
  const m = messages(lang);
  const notices: string[] = [];
  if (result.stale) notices.push(m('notice.stale'));
  if (result.failedPortals.length) {
    const names = city.portals.filter((p) => result.failedPortals.includes(p.id)).map((p) => p.name);
    notices.push(m('notice.portalsFailed', { names: names.join(', ') }));
  }
  const skipped = result.skipped ?? [];
  const skippedCount = skipped.reduce((n, s) => n + s.count, 0);
  if (skippedCount > 0) notices.push(skippedNotice(city, skipped, lang));
  if (result.hits.length === 0 && (skippedCount > 0 || offset > 0)) {
    return onlyOthersAnswer(city, query, offset, skippedCount, notices, confidence, lang);
  }
  if (result.hits.length === 0) {
    return makeAnswer({
      kind: 'datasets',
      intent: 'find_dataset',
      city: city.id,
      lang,
      title: m('datasets.noneTitle', { city: city.name, query }),
      summary: m('datasets.noneSummary', {
        portals: portalNames(city, lang),
        query,
        nearby: nearbyQuery(query, lang),
      }),
      points: [...portalSearchLink(city, query), m('datasets.askForIt', { path: requestPath(city) })],
      datasets: [],
      total: 0,
      notices,
      sources: portalSources(city),
      confidence,
    });
  }
  const shownTo = offset + result.hits.length;
  const hasMore = shownTo < result.total;
  const upTo = result.exact === false ? m('datasets.upTo') : '';
  return makeAnswer({
    kind: 'datasets',
    intent: 'find_dataset',
    city: city.id,
    lang,
    title: m('datasets.title', { city: city.name, query }),
    summary: m(result.total === 1 ? 'datasets.summaryOne' : 'datasets.summaryMany', {
      upTo,
      total: result.total,
      query,
      portals: portalNames(city, lang),
      from: offset + 1,
      to: shownTo,
    }),
    points: hasMore ? [m('datasets.more', { link: portalSearchLink(city, query)[0] ?? '' })] : [],
    datasets: result.hits,
    total: result.total,
    ...(upTo ? { totalUpperBound: true } : {}),
    ...(hasMore ? { more: { city: city.id, query, offset: shownTo } } : {}),
    notices,
    sources: portalSources(city),
    confidence,
  });
}

/** "Left out 4 results from Miami-Dade County; they are not City of Miami data." */
function skippedNotice(city: City, skipped: SkippedItems[], lang: Lang): string {
  const m = messages(lang);
  const parts = skipped.map((s) =>
    m(s.count === 1 ? 'datasets.skippedOne' : 'datasets.skippedMany', { count: s.count, from: s.from }),
  );
  return m('datasets.skipped', { parts: listOf(lang, parts), official: city.officialName });
}

/**
 * A page where the portal matched only other organisations' items (after reading on a few pages),
 * or a page past the city's last item: said as such, never as "found nothing".
 */
function onlyOthersAnswer(
  city: City,
  query: string,
  offset: number,
  skippedCount: number,
  notices: string[],
  confidence: number,
  lang: Lang,
): Answer {
  const m = messages(lang);
  const summary =
    offset > 0
      ? m('datasets.noMoreSummary', {
          official: city.officialName,
          query,
          offset,
          rest: skippedCount > 0 ? m('datasets.restAreOthers') : '',
        })
      : m(skippedCount === 1 ? 'datasets.onlyOthersOne' : 'datasets.onlyOthersMany', {
          portals: portalNames(city, lang),
          query,
          count: skippedCount,
          official: city.officialName,
          nearby: nearbyQuery(query, lang),
        });
  return makeAnswer({
    kind: 'datasets',
    intent: 'find_dataset',
    city: city.id,
    lang,
    title:
      offset > 0
        ? m('datasets.noMoreTitle', { city: city.name, query })
        : m('datasets.onlyOthersTitle', { query }),
    summary,
    points: portalSearchLink(city, query),
    datasets: [],
    total: offset,
    notices,
    sources: portalSources(city),
    confidence,
  });
}

export function searchFailedAnswer(
  city: City,
  intent: Intent,
  query: string,
  error: SearchFailure,
  confidence: number,
  lang: Lang = 'en',
): Answer {
  const m = messages(lang);
  const notFound = error === 'not_found';
  return makeAnswer({
    kind: 'upstream_error',
    intent,
    city: city.id,
    lang,
    title: m(notFound ? 'searchFailed.notFoundTitle' : 'searchFailed.title', { query, city: city.name }),
    summary: notFound
      ? m('searchFailed.notFoundSummary', { query })
      : m('searchFailed.summary', { query, reason: failureText(error, lang) }),
    points: [...portalSearchLink(city, query), m('datasets.askForIt', { path: requestPath(city) })],
    sources: portalSources(city),
    confidence,
  });
}

export function noSearchAnswer(city: City, query: string, confidence: number, lang: Lang = 'en'): Answer {
  const m = messages(lang);
  return makeAnswer({
    kind: 'datasets',
    intent: 'find_dataset',
    city: city.id,
    lang,
    title: m('noSearch.title', { city: city.name, query }),
    summary: m('noSearch.summary', { query }),
    points: portalSearchLink(city, query),
    sources: portalSources(city),
    confidence,
  });
}

export function guidanceSection(guidance: Answer | undefined): Answer['sections'] {
  return guidance ? [{ heading: guidance.title, summary: guidance.summary, points: guidance.points }] : [];
}

/** Detail lines in display order: catalogue label and the value, where the portal gave one. */
const DETAIL_LINES: [MessageKey, (d: DatasetDetails) => string | number | undefined][] = [
  ['details.id', (d) => d.id],
  ['details.api', (d) => d.apiUrl],
  ['details.page', (d) => d.pageUrl],
  ['details.updated', (d) => d.updatedAt],
  ['details.rowsUpdated', (d) => d.rowsUpdatedAt],
  ['details.license', (d) => d.license],
  ['details.attribution', (d) => d.attribution],
  ['details.category', (d) => d.category],
  ['details.rows', (d) => d.rowCount],
];

export function datasetDetailsAnswer(
  city: City,
  details: DatasetDetails,
  stale: boolean,
  guidance: Answer | undefined,
  confidence: number,
  lang: Lang = 'en',
): Answer {
  const m = messages(lang);
  const known = knownDataset(city, details.id);
  const points = [
    ...DETAIL_LINES.flatMap(([key, get]) => {
      const value = get(details);
      return value === undefined || value === '' ? [] : [m(key, { value })];
    }),
    ...knownNote(known),
  ];
  return makeAnswer({
    kind: 'dataset_details',
    intent: 'dataset_id',
    city: city.id,
    lang,
    title: details.title || details.id,
    summary:
      details.description ||
      m('details.summary', { id: details.id, city: city.name, platform: details.platform }),
    points,
    sections: guidanceSection(guidance),
    dataset: details,
    notices: [
      ...(details.notices ?? []),
      ...(details.endpointProblem ? [details.endpointProblem] : []),
      ...(stale ? [m('details.stale')] : []),
    ],
    sources: dedupeSources([
      ...(details.pageUrl ? [{ title: details.title || details.id, url: details.pageUrl }] : []),
      ...(known?.caveat ? knownSources(city, known) : []),
      ...(guidance?.sources ?? []),
    ]),
    confidence,
  });
}
