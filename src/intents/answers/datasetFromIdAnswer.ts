import type { Answer, City } from '../../knowledge/index.js';
import type { EndpointsFromId } from '../../search/endpointsFromId.js';
import type { SearchFailure } from '../../search/types.js';
import { dedupeSources, makeAnswer } from './common.js';
import { FAILURE_TEXT, guidanceSection } from './datasetAnswers.js';
import { knownDataset, knownNote, knownSources } from './knownDatasets.js';

/**
 * `dataset CITY ID` while the portal is down: what follows from the id alone (the endpoint and an
 * example request where the platform derives them from the id) and a plain statement that the live
 * details could not be fetched.
 */
export function datasetFromIdAnswer(
  city: City,
  derived: EndpointsFromId,
  error: SearchFailure,
  guidance: Answer | undefined,
  confidence: number,
): Answer {
  const known = knownDataset(city, derived.id);
  const title = known?.title ?? derived.id;
  const points = [
    `ID: ${derived.id}`,
    ...(derived.apiUrl
      ? [`API endpoint (follows from the ID): ${derived.apiUrl}`]
      : [`API endpoint: listed in the item's metadata, which could not be fetched just now`]),
    `Metadata, once the portal answers: ${derived.metadataUrl}`,
    `Dataset page: ${derived.pageUrl}`,
    ...knownNote(known),
  ];
  return makeAnswer({
    kind: 'upstream_error',
    intent: 'dataset_id',
    city: city.id,
    title,
    summary: `I couldn't fetch the live details of ${derived.id}: ${FAILURE_TEXT[error]}. ${
      derived.apiUrl
        ? 'The endpoint and example request below follow from the ID alone; columns, dates and license need the portal.'
        : `On ${derived.portalName} the ID gives the item's metadata address below; the layer endpoint is in that metadata.`
    }`,
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
