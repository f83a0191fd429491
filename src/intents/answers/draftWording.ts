import type { DraftDataset, DraftKind } from '../draftFacts.js';

/** Words that never name a dataset on their own: commands, pronouns, fillers ("me", "for me", "kc"). */
const NOT_A_SUBJECT = new Set(
  `write draft email e-mail letter message msg note short quick ask asking request requesting send can you pls please
  appeal appealing revoked denied rejected my me i we us our for to it that this them the a an of up some
  everyone channel here data dataset datasets api thing stuff one new public open city`.split(/\s+/),
);

/** A subject names something when a word of three or more letters is left after the fillers. */
export function namesSomething(text: string): boolean {
  return text
    .toLowerCase()
    .split(/[^a-z0-9'-]+/)
    .some((w) => w.length >= 3 && !NOT_A_SUBJECT.has(w));
}

/** "Street Trees (dataset ID abcd-1234)", "dataset abcd-1234", "street tree data", or nothing. */
export function datasetLabel(d: DraftDataset | undefined): string | undefined {
  if (!d) return undefined;
  const title = d.title?.trim();
  if (title && d.id) return `${title} (dataset ID ${d.id})`;
  if (title) return title;
  if (d.id) return `dataset ${d.id}`;
  const topic = d.topic?.trim();
  if (!topic || !namesSomething(topic)) return undefined;
  return /\b(data|dataset|datasets|records|layer|inventory|reports?|tables?|permits?|citations?)\b/i.test(
    topic,
  )
    ? topic
    : `${topic} data`;
}

export function draftSubject(kind: DraftKind, label: string | undefined, higherLimits = false): string {
  switch (kind) {
    case 'appeal':
      return `Request for review of an access decision${label ? `: ${label}` : ''}`;
    case 'api_key':
      return `${higherLimits ? 'Request for higher API rate limits' : 'API key request'}${label ? `: ${label}` : ''}`;
    case 'publish':
      return label ? `Request to publish ${label}` : 'Request to publish a dataset';
    case 'access':
      return `Data access request${label ? `: ${label}` : ''}`;
  }
}
