import type { AnswerSource, City, KnownDataset } from '../../knowledge/index.js';
import { citedSources } from './common.js';

/** What the portal reference says about this id (current or superseded, possibly frozen), if anything. */
export function knownDataset(city: City, id: string): KnownDataset | undefined {
  const wanted = id.trim().toLowerCase();
  return city.knownDatasets.find((d) => d.id.toLowerCase() === wanted);
}

/** The caveat as a point ("KCMOPS311 Data: Older 311 data; the current …"), when there is one. */
export function knownNote(known: KnownDataset | undefined): string[] {
  return known?.caveat ? [`${known.title}: ${known.caveat}`] : [];
}

/** The public pages that name this dataset (its cited sources). */
export function knownSources(city: City, known: KnownDataset): AnswerSource[] {
  return citedSources(city, [{ text: known.title, sources: known.sources }]);
}
