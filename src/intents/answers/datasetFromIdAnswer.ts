import { messages } from '../../i18n/index.js';
import type { Answer, City, Lang } from '../../knowledge/index.js';
import type { EndpointsFromId } from '../../search/endpointsFromId.js';
import type { SearchFailure } from '../../search/types.js';
import { dedupeSources, makeAnswer } from './common.js';
import { failureText, guidanceSection } from './datasetAnswers.js';
import { knownDataset, knownNote, knownSources } from './knownDatasets.js';

/**
 * `dataset CITY ID` while the portal is down: what follows from the id alone (the endpoint and an
 * example request where the platform derives them from the id) and a plain statement that the live
 * details could not be fetched. `city` is already in the reader's language.
 */
export function datasetFromIdAnswer(
  city: City,
  derived: EndpointsFromId,
  error: SearchFailure,
  guidance: Answer | undefined,
  confidence: number,
  lang: Lang = 'en',
): Answer {
  const m = messages(lang);
  const known = knownDataset(city, derived.id);
  const title = known?.title ?? derived.id;
  const points = [
    m('details.id', { value: derived.id }),
    derived.apiUrl ? m('fromId.endpoint', { url: derived.apiUrl }) : m('fromId.endpointInMetadata'),
    m('fromId.metadata', { url: derived.metadataUrl }),
    m('details.page', { value: derived.pageUrl }),
    ...knownNote(known),
  ];
  return makeAnswer({
    kind: 'upstream_error',
    intent: 'dataset_id',
    city: city.id,
    lang,
    title,
    summary: m(derived.apiUrl ? 'fromId.summary' : 'fromId.summaryHub', {
      id: derived.id,
      reason: failureText(error, lang),
      portal: derived.portalName,
    }),
    points,
    sections: guidanceSection(guidance),
    dataset: {
      id: derived.id,
      title,
      description: '',
      type: 'dataset',
      pageUrl: derived.pageUrl,
      ...(derived.apiUrl ? { apiUrl: derived.apiUrl } : {}),
      platform: derived.platform,
      portalId: derived.portalId,
      columns: [],
      ...(derived.example ? { example: derived.example } : {}),
    },
    sources: dedupeSources([
      ...(known ? knownSources(city, known) : []),
      ...city.portals
        .filter((p) => p.id === derived.portalId)
        .map((p) => ({ title: p.name, url: p.homeUrl })),
      ...(guidance?.sources ?? []),
    ]),
    confidence,
  });
}
