import type { Answer, Intent, Lang } from '../knowledge/index.js';

/** What a letter asks for: an appeal of a decision, an API key, access to a dataset, or publishing one. */
export type DraftKind = 'appeal' | 'api_key' | 'access' | 'publish';

/** The dataset a conversation is about: shown by a details answer or a one-hit search, or just a topic. */
export interface DraftDataset {
  title?: string;
  id?: string;
  /** The subject searched or asked about ("street trees"), when no one dataset is known. */
  topic?: string;
  /** The user said the data is restricted (not public). */
  restricted?: boolean;
}

/** What a conversation has established that a drafted letter can use instead of a [blank]. */
export interface DraftFacts {
  kind?: DraftKind;
  /** The decision being appealed, in the user's word: "revoked", "denied", "suspended". */
  decision?: string;
  dataset?: DraftDataset;
  /** Why the user wants the data ("a research project on response times"). */
  purpose?: string;
  /** Volume the user mentioned ("10k calls a day"). */
  volume?: string;
  /** The user spoke of an API key or token (what a denial or a request is about). */
  aboutKey?: boolean;
  /** The user wants more than the standard rate limits. */
  higherLimits?: boolean;
  /** Dates the user gave, as they wrote them. */
  dates?: string[];
  person?: string;
  organisation?: string;
  /** The language the user asked the letter to be in ("write it in English"), if they said. */
  letterLang?: Lang;
}

/** Intents that say what kind of letter the conversation is heading for. */
const KIND_OF_INTENT: Partial<Record<Intent, DraftKind>> = {
  denied_appeal: 'appeal',
  api_key: 'api_key',
  rate_limits: 'api_key',
  request_access: 'access',
};

/** The facts an answer adds: the dataset it showed, or the topic searched and whether anything was found. */
export function factsFromAnswer(answer: Answer, query: string | undefined): DraftFacts {
  const kind = KIND_OF_INTENT[answer.intent];
  if (answer.dataset)
    return {
      dataset: { id: answer.dataset.id, ...(answer.dataset.title ? { title: answer.dataset.title } : {}) },
    };
  const hits = answer.datasets ?? [];
  if (answer.intent === 'find_dataset' && query) {
    const only = hits.length === 1 && answer.total === 1 ? hits[0] : undefined;
    const dataset: DraftDataset = only ? { id: only.id, title: only.title, topic: query } : { topic: query };
    // Nothing on the portal: the letter asks the city to publish it.
    return { dataset, ...(answer.kind === 'datasets' && answer.total === 0 ? { kind: 'publish' } : {}) };
  }
  return kind ? { kind } : {};
}

/**
 * The conversation's facts after one more turn: what this turn says wins, the rest is kept. A new city
 * keeps who the user is and why they want data, but not the other city's dataset or decision.
 */
export function mergeFacts(prev: DraftFacts | undefined, next: DraftFacts, sameCity: boolean): DraftFacts {
  const kept: DraftFacts = sameCity
    ? { ...prev }
    : {
        ...(prev?.purpose ? { purpose: prev.purpose } : {}),
        ...(prev?.person ? { person: prev.person } : {}),
        ...(prev?.organisation ? { organisation: prev.organisation } : {}),
      };
  // A new topic or dataset replaces the old one; a bare flag ("it's restricted") adds to it.
  const replaces = next.dataset && (next.dataset.id || next.dataset.title || next.dataset.topic);
  const dataset = replaces
    ? next.dataset
    : next.dataset || kept.dataset
      ? { ...kept.dataset, ...next.dataset }
      : undefined;
  const dates = [...new Set([...(kept.dates ?? []), ...(next.dates ?? [])])];
  return {
    ...kept,
    ...next,
    ...(dataset ? { dataset } : {}),
    ...(dates.length ? { dates } : {}),
  };
}

/**
 * One turn's facts: what the user said wins, except that a dataset the answer showed by id or title is
 * more exact than the user's words for it.
 */
export function turnFacts(said: DraftFacts, shown: DraftFacts): DraftFacts {
  const shownNamed = Boolean(shown.dataset?.id || shown.dataset?.title);
  const dataset =
    shown.dataset || said.dataset
      ? shownNamed
        ? { ...said.dataset, ...shown.dataset }
        : { ...shown.dataset, ...said.dataset }
      : undefined;
  const kind = said.kind ?? shown.kind;
  return { ...shown, ...said, ...(kind ? { kind } : {}), ...(dataset ? { dataset } : {}) };
}
