import { messages } from '../../i18n/index.js';
import type { Lang } from '../../knowledge/index.js';
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
export function datasetLabel(d: DraftDataset | undefined, lang: Lang = 'en'): string | undefined {
  if (!d) return undefined;
  const m = messages(lang);
  const title = d.title?.trim();
  if (title && d.id) return m('draft.label.titleAndId', { title, id: d.id });
  if (title) return title;
  if (d.id) return m('draft.label.id', { id: d.id });
  const topic = d.topic?.trim();
  if (!topic || !namesSomething(topic)) return undefined;
  return /\b(data|dataset|datasets|records|layer|inventory|reports?|tables?|permits?|citations?|datos)\b/i.test(
    topic,
  )
    ? topic
    : m('draft.label.topic', { topic });
}

export function draftSubject(
  kind: DraftKind,
  label: string | undefined,
  higherLimits = false,
  lang: Lang = 'en',
): string {
  const m = messages(lang);
  const about = label ? `: ${label}` : '';
  switch (kind) {
    case 'appeal':
      return `${m('draft.subject.appeal')}${about}`;
    case 'api_key':
      return `${m(higherLimits ? 'draft.subject.higherLimits' : 'draft.subject.key')}${about}`;
    case 'publish':
      return label ? m('draft.subject.publish', { label }) : m('draft.subject.publishUnnamed');
    case 'access':
      return `${m('draft.subject.access')}${about}`;
  }
}
