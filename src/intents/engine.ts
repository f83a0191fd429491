import type { Answer, City, Intent, TopicIntent } from '../knowledge/index.js';
import { TOPIC_INTENTS } from '../knowledge/index.js';
import { extractDatasetId } from '../search/datasetId.js';
import { endpointsFromId } from '../search/endpointsFromId.js';
import type { DatasetSearch } from '../search/types.js';
import {
  datasetDetailsAnswer,
  datasetsAnswer,
  noSearchAnswer,
  PAGE_SIZE,
  searchFailedAnswer,
} from './answers/datasetAnswers.js';
import { datasetFromIdAnswer } from './answers/datasetFromIdAnswer.js';
import { draftAnswer } from './answers/draftAnswer.js';
import { factsFromMessage } from './draftDetails.js';
import { type DraftFacts, factsFromAnswer, mergeFacts, turnFacts } from './draftFacts.js';
import {
  clarifyCityAnswer,
  helpAnswer,
  outOfScopeAnswer,
  unsupportedPlaceAnswer,
} from './answers/simpleAnswers.js';
import { makeAnswer } from './answers/common.js';
import { appendAsSection } from './answers/mergeSection.js';
import { multiCityTopicAnswer, topicAnswer } from './answers/topicAnswer.js';
import { type Classification, classifyIntent } from './classifyIntent.js';
import { type ContextStore, type ConversationState, createContextStore } from './context.js';
import { extractTopic } from './extractTopic.js';
import { createCityFinder } from './findCity.js';
import { normalizeQuestion } from './normalize.js';
import { otherReading, pickedReading, READING_LABELS } from './readings.js';
import { resolveIntent } from './resolveIntent.js';
import { isSecretRequest, secretRefusalAnswer } from './secretRequest.js';
import type { Engine, EngineReply, Question } from './types.js';

export interface EngineDeps {
  cities: City[];
  /** Live portal search; without it dataset questions link the portals' own search pages. */
  search?: DatasetSearch;
  context?: ContextStore;
  /** The intent classifier; the trained model unless a test supplies its own. */
  classify?: (text: string) => Classification;
}

const isTopicIntent = (i: Intent): i is TopicIntent => (TOPIC_INTENTS as readonly string[]).includes(i);
const LOW_CONFIDENCE = 0.5;

export function createEngine(deps: EngineDeps): Engine {
  const { cities, search } = deps;
  const byId = new Map(cities.map((c) => [c.id, c]));
  const finder = createCityFinder(cities);
  const context = deps.context ?? createContextStore();
  const classify = deps.classify ?? ((text: string) => classifyIntent(text));
  // Place names come out of drafted subjects ("write me a letter for kc" names no dataset).
  const placeNames = [...new Set(cities.flatMap((c) => [c.name, c.officialName, ...c.aliases]))].sort(
    (a, b) => b.length - a.length,
  );

  /** The conversation's draft facts after this turn (a new city keeps only who and why). */
  function factsAfter(state: ConversationState | undefined, cityId: string | undefined, turn: DraftFacts) {
    return mergeFacts(state?.facts, turn, !state?.city || state.city === cityId);
  }

  function reply(answer: Answer, also?: Intent): EngineReply {
    const intents = also && also !== answer.intent ? [answer.intent, also] : [answer.intent];
    return { intent: answer.intent, intents, city: answer.city, confidence: answer.confidence, answer };
  }

  async function findDatasets(
    city: City,
    query: string,
    offset: number,
    confidence: number,
  ): Promise<Answer> {
    if (!search) return noSearchAnswer(city, query, confidence);
    const result = await search.search(city.portals, query, { limit: PAGE_SIZE, offset });
    return result.ok
      ? datasetsAnswer(city, query, result, offset, confidence)
      : searchFailedAnswer(city, 'find_dataset', query, result.error, confidence);
  }

  async function describeDataset(
    city: City,
    id: string,
    confidence: number,
    /** The question asked, when the answer should carry the dataset-ID guidance for it. */
    guidanceFor: string | undefined,
  ): Promise<Answer> {
    // The guidance is shaped by the question: a fact naming the id asked about comes first.
    const guidance =
      guidanceFor !== undefined ? topicAnswer(city, 'dataset_id', confidence, guidanceFor) : undefined;
    if (!search) {
      return guidance
        ? {
            ...guidance,
            notices: [...guidance.notices, `Live dataset details are off here; look up ${id} on the portal.`],
          }
        : noSearchAnswer(city, id, confidence);
    }
    const result = await search.details(city.portals, id);
    if (result.ok) return datasetDetailsAnswer(city, result.details, result.stale, guidance, confidence);
    // Portal down (not "no such dataset"): the endpoint that follows from the id is still worth giving.
    const derived = result.error === 'not_found' ? undefined : endpointsFromId(city.portals, id);
    if (derived) return datasetFromIdAnswer(city, derived, result.error, guidance, confidence);
    const failed = searchFailedAnswer(city, 'dataset_id', id, result.error, confidence);
    return guidance ? { ...guidance, notices: [failed.summary, ...failed.points] } : failed;
  }

  async function ask(question: Question): Promise<EngineReply> {
    const norm = normalizeQuestion(question.text ?? '');
    const state = question.conversation ? context.get(question.conversation) : undefined;
    if (!norm.text) {
      const answer = helpAnswer(cities, 'none', 0.3);
      answer.notices.push("Your message was empty, so here's what I can do.");
      return reply(answer);
    }
    const match = finder.find(norm.text);
    if (isSecretRequest(norm.original)) return reply(secretRefusalAnswer(match.cityIds[0] ?? 'none'));
    const picked = pickedReading(match.rest);
    const cls: Classification = picked
      ? { intent: picked, confidence: 0.95, bare: false, ranked: [{ intent: picked, p: 0.95 }] }
      : classify(match.rest);
    const named = match.cityIds.map((id) => byId.get(id)!);
    const datasetId = extractDatasetId(norm.original);
    const said = factsFromMessage(norm.original, placeNames);

    const { intent, confidence, followUp } = resolveIntent(cls, match, state, datasetId !== undefined);
    // The place asked about: named now, else the conversation's (a covered city or an uncovered place).
    const other =
      named.length === 0 ? (match.other ?? (state?.city === 'other' ? state.other : undefined)) : undefined;
    const smallTalk = intent === 'help' || intent === 'out_of_scope';
    const cityRef: string =
      named[0]?.id ?? (match.other ? 'other' : intent === 'help' ? 'none' : (state?.city ?? 'none'));
    const target = byId.get(cityRef);
    let answer: Answer;
    let query: string | undefined;

    if (intent === 'help') {
      answer = helpAnswer(cities, cityRef, confidence);
      if (match.other) answer.notices.push(`I don't cover ${match.other.name}; only the cities above.`);
    } else if (intent === 'out_of_scope') {
      answer = outOfScopeAnswer(cities, cityRef, confidence);
    } else if (cityRef === 'other' && other) {
      const resembles = other.resembles ? byId.get(other.resembles) : undefined;
      answer = unsupportedPlaceAnswer(cities, other.name, resembles, intent, confidence);
    } else if (intent === 'find_dataset') {
      query = extractTopic(match.rest) || (followUp ? state?.query : undefined) || '';
      if (!target)
        answer = clarifyCityAnswer(
          cities,
          intent,
          query ? `"${query}" datasets` : 'a dataset search',
          confidence,
        );
      else if (!query) answer = askForTopic(target);
      else answer = await findDatasets(target, query, 0, confidence);
    } else if (intent === 'dataset_id' && datasetId && target) {
      answer = await describeDataset(target, datasetId.id, confidence, norm.text);
    } else if (intent === 'draft_request') {
      answer = target
        ? draftAnswer(target, factsAfter(state, target.id, said), confidence)
        : clarifyCityAnswer(cities, intent, 'the request letter (which city should it go to?)', confidence);
    } else if (isTopicIntent(intent)) {
      if (named.length > 1)
        answer = multiCityTopicAnswer(named, intent, named[0]!.id, confidence, {
          brief: false,
          question: norm.text,
        });
      else if (target) answer = topicAnswer(target, intent, confidence, norm.text);
      else
        answer = multiCityTopicAnswer(cities, intent, 'none', confidence, {
          brief: true,
          question: norm.text,
        });
    } else {
      answer = helpAnswer(cities, 'none', confidence);
    }

    // A second ask in the same message gets its own section; a close call offers the other reading.
    const also =
      !followUp && cls.also && isTopicIntent(cls.also) && target && answer.kind === 'topic'
        ? cls.also
        : undefined;
    if (also && target) {
      appendAsSection(answer, topicAnswer(target, also, confidence, norm.text));
    }
    const alternative = followUp || picked ? undefined : otherReading(cls, intent);
    const offerOther = alternative && !smallTalk && answer.kind !== 'clarify' && cityRef !== 'other';
    if (offerOther) {
      const label = READING_LABELS[alternative]!;
      answer.notices.push(
        `I read this as: ${(READING_LABELS[intent] ?? intent).toLowerCase()}. If you meant ${label.toLowerCase()}, pick it below.`,
      );
      answer.choices.push({ label, value: target ? `${label} (${target.name})` : label });
    }

    if (named.length > 0 && match.other)
      answer.notices.push(
        `I don't cover ${match.other.name}; this answer is for ${named.map((c) => c.name).join(' and ')}.`,
      );
    if (confidence < LOW_CONFIDENCE && !offerOther && answer.kind !== 'out_of_scope') {
      answer.notices.push(
        'I\'m not sure I understood the question; this is my best guess. Try rephrasing, or ask "help".',
      );
    }
    if (norm.truncated)
      answer.notices.push('Your message was very long, so I only read the beginning of it.');

    // Small talk ("thanks") does not replace the question being discussed.
    if (question.conversation && !smallTalk) {
      const city = byId.has(answer.city) || answer.city === 'other' ? answer.city : state?.city;
      const shown = factsFromAnswer(answer, query);
      // "what about LA?" searches the same words again: keep the topic as the user named it.
      const namedTopic = state?.facts?.dataset?.topic;
      if (shown.dataset && namedTopic && query === state?.query) shown.dataset = { topic: namedTopic };
      // "we need it for a research project on urban heat": a purpose, not a new dataset to ask for.
      if (shown.dataset?.topic && !shown.dataset.id && said.purpose && !said.dataset?.topic) {
        const purpose = said.purpose.toLowerCase();
        if (shown.dataset.topic.split(' ').every((w) => purpose.includes(w))) delete shown.dataset;
      }
      const facts = factsAfter(state, city, turnFacts(said, shown));
      context.set(question.conversation, {
        intent,
        city,
        query: query ?? state?.query,
        ...(answer.city === 'other' && other ? { other } : {}),
        facts,
      });
    }
    return reply(answer, also);
  }

  function askForTopic(target: City): Answer {
    return makeAnswer({
      kind: 'clarify',
      intent: 'find_dataset',
      city: target.id,
      title: `What should I search ${target.name} for?`,
      summary: `Tell me a topic, e.g. "${target.name} building permits data" or "any 311 data in ${target.name}?"`,
      confidence: 0.5,
    });
  }

  function askForDatasetId(target: City): Answer {
    return makeAnswer({
      kind: 'clarify',
      intent: 'dataset_id',
      city: target.id,
      title: 'Which dataset?',
      summary: `Give me the dataset's ID (for example a Socrata ID like abcd-1234, or an ArcGIS item ID), or search ${target.name}'s datasets by topic first.`,
      confidence: 0.5,
    });
  }

  function resolveCity(name: string): City | undefined {
    const id = finder.resolve(name);
    return id ? byId.get(id) : undefined;
  }

  function unknownCity(name: string, intent: Intent, what: string): EngineReply {
    const m = finder.find(normalizeQuestion(name).text);
    if (m.other) {
      const resembles = m.other.resembles ? byId.get(m.other.resembles) : undefined;
      return reply(unsupportedPlaceAnswer(cities, m.other.name, resembles, intent, 0.9));
    }
    const answer = clarifyCityAnswer(cities, intent, what, 0.5);
    if (name.trim()) answer.notices.push(`"${name.trim().slice(0, 60)}" is not a city I know.`);
    return reply(answer);
  }

  return {
    ask,
    async searchDatasets({ city, query, offset = 0, conversation }) {
      const target = resolveCity(city);
      const q = normalizeQuestion(query).original;
      if (!target) return unknownCity(city, 'find_dataset', q ? `"${q}" datasets` : 'a dataset search');
      if (!q) return reply(askForTopic(target));
      const answer = await findDatasets(target, q, Math.max(0, offset), 0.95);
      if (conversation) {
        const state = context.get(conversation);
        const facts = factsAfter(state, target.id, factsFromAnswer(answer, q));
        context.set(conversation, { city: target.id, intent: 'find_dataset', query: q, facts });
      }
      return reply(answer);
    },
    async datasetDetails({ city, id, conversation }) {
      const target = resolveCity(city);
      if (!target) return unknownCity(city, 'dataset_id', 'a dataset');
      const clean = normalizeQuestion(id).original.trim();
      if (!clean) return reply(askForDatasetId(target));
      const answer = await describeDataset(target, clean, 0.95, undefined);
      if (conversation) {
        const state = context.get(conversation);
        const shown = factsFromAnswer(answer, undefined);
        // A details answer that could not reach the portal still knows the id asked about.
        const facts = factsAfter(state, target.id, shown.dataset ? shown : { dataset: { id: clean } });
        context.set(conversation, { city: target.id, intent: 'dataset_id', facts });
      }
      return reply(answer);
    },
    async suggestDatasets({ city, prefix, limit = 25 }) {
      const target = resolveCity(city);
      if (!target || !search) return [];
      return search.suggest(target.portals, normalizeQuestion(prefix).original, Math.min(25, limit));
    },
    cities: () => cities.map((c) => ({ id: c.id, name: c.name })),
    splitCity(text) {
      const words = normalizeQuestion(text).original.split(/\s+/).filter(Boolean);
      for (let n = Math.min(4, words.length); n >= 1; n--) {
        const head = words.slice(0, n).join(' ');
        const id = finder.resolve(head);
        if (id) return { city: id, rest: words.slice(n).join(' ') };
        // "los angeles county crime": the longer, uncovered name wins over the covered one inside it.
        const m = finder.find(normalizeQuestion(head).text);
        if (m.other && m.cityIds.length === 0 && m.rest === '')
          return { city: head, rest: words.slice(n).join(' ') };
      }
      return undefined;
    },
  };
}
