import type { Answer, City, DatasetDetails, Intent } from '../../knowledge/index.js';
import { portalSearchPageUrl } from '../../search/portalLinks.js';
import type { SearchFailure, SearchOk, SkippedItems } from '../../search/types.js';
import { dedupeSources, makeAnswer } from './common.js';
import { knownDataset, knownNote, knownSources } from './knownDatasets.js';

export const PAGE_SIZE = 5;

export function portalSearchLink(city: City, query: string): string[] {
  return city.portals.map((p) => `${p.name}: ${portalSearchPageUrl(p, query)}`);
}

function requestPath(city: City): string {
  return city.topics.request_access.summary;
}

/** A broader query to suggest: fewer words, or the singular of a plural ("street trees" -> "street tree"). */
export function nearbyQuery(query: string): string {
  const words = query.trim().split(/\s+/);
  if (words.length > 1)
    return `a broader search such as "${words.slice(0, -1).join(' ')}" or "${words.at(-1)}"`;
  const word = words[0] ?? '';
  if (word.length > 4 && word.endsWith('s')) return `"${word.slice(0, -1)}" or a related word`;
  return 'a related or more general word';
}

export function datasetsAnswer(
  city: City,
  query: string,
  result: SearchOk,
  offset: number,
  confidence: number,
): Answer {
  const notices: string[] = [];
  if (result.stale) notices.push('Live search failed just now, so these results come from a recent cache.');
  if (result.failedPortals.length) {
    const names = city.portals.filter((p) => result.failedPortals.includes(p.id)).map((p) => p.name);
    notices.push(`Could not reach ${names.join(', ')} just now; results are from the other portal(s).`);
  }
  const skipped = result.skipped ?? [];
  const skippedCount = skipped.reduce((n, s) => n + s.count, 0);
  if (skippedCount > 0) notices.push(skippedNotice(city, skipped));
  if (result.hits.length === 0 && (skippedCount > 0 || offset > 0)) {
    return onlyOthersAnswer(city, query, offset, skippedCount, notices, confidence);
  }
  if (result.hits.length === 0) {
    return makeAnswer({
      kind: 'datasets',
      intent: 'find_dataset',
      city: city.id,
      title: `No ${city.name} datasets found for "${query}"`,
      summary: `I searched ${city.portals.map((p) => p.name).join(' and ')} for "${query}" and found nothing. Try ${nearbyQuery(query)}, or search the portal yourself.`,
      points: [
        ...portalSearchLink(city, query),
        `If the data isn't published, you can ask for it: ${requestPath(city)}`,
      ],
      datasets: [],
      total: 0,
      notices,
      sources: city.portals.map((p) => ({ title: p.name, url: p.homeUrl })),
      confidence,
    });
  }
  const shownTo = offset + result.hits.length;
  const hasMore = shownTo < result.total;
  const upTo = result.exact === false ? 'up to ' : '';
  return makeAnswer({
    kind: 'datasets',
    intent: 'find_dataset',
    city: city.id,
    title: `${city.name} datasets for "${query}"`,
    summary: `Found ${upTo}${result.total} dataset${result.total === 1 ? '' : 's'} for "${query}" on ${city.portals
      .map((p) => p.name)
      .join(' and ')}; showing ${offset + 1}-${shownTo}.`,
    points: hasMore
      ? [`More results: ask for the next page, or search the portal: ${portalSearchLink(city, query)[0]}`]
      : [],
    datasets: result.hits,
    total: result.total,
    ...(upTo ? { totalUpperBound: true } : {}),
    ...(hasMore ? { more: { city: city.id, query, offset: shownTo } } : {}),
    notices,
    sources: city.portals.map((p) => ({ title: p.name, url: p.homeUrl })),
    confidence,
  });
}

/** "Left out 4 results from Miami-Dade County; they are not City of Miami data." */
function skippedNotice(city: City, skipped: SkippedItems[]): string {
  const parts = skipped.map((s) => `${s.count} result${s.count === 1 ? '' : 's'} from ${s.from}`);
  return `Left out ${parts.join(' and ')}; they are not ${city.officialName} data.`;
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
): Answer {
  const portals = city.portals.map((p) => p.name).join(' and ');
  const summary =
    offset > 0
      ? `No more ${city.officialName} datasets for "${query}" after the first ${offset}${
          skippedCount > 0 ? '; the remaining matches belong to other organisations' : ''
        }.`
      : `${portals} matched "${query}", but the ${skippedCount} result${skippedCount === 1 ? '' : 's'} I read belong to other organisations, not ${city.officialName}. Try ${nearbyQuery(query)}, or search the portal yourself.`;
  return makeAnswer({
    kind: 'datasets',
    intent: 'find_dataset',
    city: city.id,
    title:
      offset > 0
        ? `No more ${city.name} datasets for "${query}"`
        : `Only other organisations' datasets match "${query}"`,
    summary,
    points: portalSearchLink(city, query),
    datasets: [],
    total: offset,
    notices,
    sources: city.portals.map((p) => ({ title: p.name, url: p.homeUrl })),
    confidence,
  });
}

export const FAILURE_TEXT: Record<SearchFailure, string> = {
  unavailable: 'the portal could not be reached',
  portal_error: 'the portal returned an error',
  blocked: 'the portal pointed somewhere I do not fetch from',
  timeout: 'the portal did not answer in time',
  rate_limited: 'the portal is rate-limiting requests right now',
  bad_response: 'the portal sent a response I could not read',
  not_found: 'the portal has no such dataset',
};

export function searchFailedAnswer(
  city: City,
  intent: Intent,
  query: string,
  error: SearchFailure,
  confidence: number,
): Answer {
  return makeAnswer({
    kind: 'upstream_error',
    intent,
    city: city.id,
    title:
      error === 'not_found'
        ? `No "${query}" on ${city.name}'s portals`
        : `Live search is unavailable for ${city.name} right now`,
    summary:
      error === 'not_found'
        ? `The portal has no dataset "${query}" (or it is not public). Check the ID, or search the portal:`
        : `I couldn't search for "${query}" live: ${FAILURE_TEXT[error]}. You can run the same search on the portal's own search page:`,
    points: [
      ...portalSearchLink(city, query),
      `If the data isn't published, you can ask for it: ${requestPath(city)}`,
    ],
    sources: city.portals.map((p) => ({ title: p.name, url: p.homeUrl })),
    confidence,
  });
}

export function noSearchAnswer(city: City, query: string, confidence: number): Answer {
  return makeAnswer({
    kind: 'datasets',
    intent: 'find_dataset',
    city: city.id,
    title: `Searching ${city.name} for "${query}"`,
    summary: `Live search is off here, so here is the portal's own search for "${query}":`,
    points: portalSearchLink(city, query),
    sources: city.portals.map((p) => ({ title: p.name, url: p.homeUrl })),
    confidence,
  });
}

export function guidanceSection(guidance: Answer | undefined): Answer['sections'] {
  return guidance ? [{ heading: guidance.title, summary: guidance.summary, points: guidance.points }] : [];
}

export function datasetDetailsAnswer(
  city: City,
  details: DatasetDetails,
  stale: boolean,
  guidance: Answer | undefined,
  confidence: number,
): Answer {
  const known = knownDataset(city, details.id);
  const points = [
    `ID: ${details.id}`,
    ...(details.apiUrl ? [`API endpoint: ${details.apiUrl}`] : []),
    ...(details.pageUrl ? [`Dataset page: ${details.pageUrl}`] : []),
    ...(details.updatedAt ? [`Last updated: ${details.updatedAt}`] : []),
    ...(details.rowsUpdatedAt ? [`Rows last updated: ${details.rowsUpdatedAt}`] : []),
    ...(details.license ? [`License: ${details.license}`] : []),
    ...(details.attribution ? [`Attribution: ${details.attribution}`] : []),
    ...(details.category ? [`Category: ${details.category}`] : []),
    ...(details.rowCount !== undefined ? [`Rows: ${details.rowCount}`] : []),
    ...knownNote(known),
  ];
  return makeAnswer({
    kind: 'dataset_details',
    intent: 'dataset_id',
    city: city.id,
    title: details.title || details.id,
    summary: details.description || `Dataset ${details.id} on ${city.name}'s ${details.platform} portal.`,
    points,
    sections: guidanceSection(guidance),
    dataset: details,
    notices: [
      ...(details.notices ?? []),
      ...(details.endpointProblem ? [details.endpointProblem] : []),
      ...(stale ? ['The portal failed just now; these details come from a recent cache.'] : []),
    ],
    sources: dedupeSources([
      ...(details.pageUrl ? [{ title: details.title || details.id, url: details.pageUrl }] : []),
      ...(known?.caveat ? knownSources(city, known) : []),
      ...(guidance?.sources ?? []),
    ]),
    confidence,
  });
}
