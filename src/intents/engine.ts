import { listOf, messages } from '../i18n/index.js';
import type { Answer, City, Intent, Lang, TopicIntent } from '../knowledge/index.js';
import { localizeCity, TOPIC_INTENTS } from '../knowledge/index.js';
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
import { chooseLanguage } from './chooseLanguage.js';
import { normalizeQuestion } from './normalize.js';
import { otherReading, pickedReading, readingLabels } from './readings.js';
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
  /** Answer every question in this language (`--lang`, `DEFAULT_LANG`) instead of detecting it. */
  lang?: Lang;
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
    const lang = answer.lang ?? 'en';
    return { intent: answer.intent, intents, city: answer.city, confidence: answer.confidence, lang, answer };
  }

  /** `city` in the original English: each builder below localises what it shows. */
  async function findDatasets(
    city: City,
    query: string,
    offset: number,
    confidence: number,
    lang: Lang,
  ): Promise<Answer> {
    const local = localizeCity(city, lang);
    if (!search) return noSearchAnswer(local, query, confidence, lang);
    const result = await search.search(city.portals, query, { limit: PAGE_SIZE, offset });
    return result.ok
      ? datasetsAnswer(local, query, result, offset, confidence, lang)
      : searchFailedAnswer(local, 'find_dataset', query, result.error, confidence, lang);
  }

  async function describeDataset(
    city: City,
    id: string,
    confidence: number,
    /** The question asked, when the answer should carry the dataset-ID guidance for it. */
    guidanceFor: string | undefined,
    lang: Lang,
  ): Promise<Answer> {
    const local = localizeCity(city, lang);
    // The guidance is shaped by the question: a fact naming the id asked about comes first.
    const guidance =
      guidanceFor !== undefined ? topicAnswer(local, 'dataset_id', confidence, guidanceFor, lang) : undefined;
    if (!search) {
      return guidance
        ? { ...guidance, notices: [...guidance.notices, messages(lang)('engine.liveDetailsOff', { id })] }
        : noSearchAnswer(local, id, confidence, lang);
    }
    const result = await search.details(city.portals, id);
    if (result.ok)
      return datasetDetailsAnswer(local, result.details, result.stale, guidance, confidence, lang);
    // Portal down (not "no such dataset"): the endpoint that follows from the id is still worth giving.
    const derived = result.error === 'not_found' ? undefined : endpointsFromId(city.portals, id);
    if (derived) return datasetFromIdAnswer(local, derived, result.error, guidance, confidence, lang);
    const failed = searchFailedAnswer(local, 'dataset_id', id, result.error, confidence, lang);
    return guidance ? { ...guidance, notices: [failed.summary, ...failed.points] } : failed;
  }

  async function ask(question: Question): Promise<EngineReply> {
    const norm = normalizeQuestion(question.text ?? '');
    const state = question.conversation ? context.get(question.conversation) : undefined;
    const lang = chooseLanguage({
      text: norm.original,
      forced: question.lang ?? deps.lang,
      conversation: state?.lang,
      locale: question.locale,
    });
    const m = messages(lang);
    if (!norm.text) {
      const answer = helpAnswer(cities, 'none', 0.3, lang);
      answer.notices.push(m('engine.empty'));
      return reply(answer);
    }
    const match = finder.find(norm.text, { original: norm.original, lang });
    if (isSecretRequest(norm.original)) return reply(secretRefusalAnswer(match.cityIds[0] ?? 'none', lang));
    const picked = pickedReading(match.rest);
    const cls: Classification = picked
      ? { intent: picked, confidence: 0.95, bare: false, ranked: [{ intent: picked, p: 0.95 }] }
      : classify(match.rest);
    const named = match.cityIds.map((id) => byId.get(id)!);
    const datasetId = extractDatasetId(norm.original);
    // What the message itself says for a letter: only read when a draft or a conversation needs it.
    let saidOnce: DraftFacts | undefined;
    const said = () => {
      saidOnce ??= factsFromMessage(norm.original, placeNames);
      return saidOnce;
    };

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

    const local = (list: City[]) => list.map((c) => localizeCity(c, lang));
    if (intent === 'help') {
      answer = helpAnswer(cities, cityRef, confidence, lang);
      if (match.other) answer.notices.push(m('engine.notCovered', { place: match.other.name }));
    } else if (intent === 'out_of_scope') {
      answer = outOfScopeAnswer(cities, cityRef, confidence, lang);
    } else if (cityRef === 'other' && other) {
      const resembles = other.resembles ? byId.get(other.resembles) : undefined;
      answer = unsupportedPlaceAnswer(cities, other.name, resembles, intent, confidence, lang);
    } else if (intent === 'find_dataset') {
      query = extractTopic(match.rest) || (followUp ? state?.query : undefined) || '';
      if (!target)
        answer = clarifyCityAnswer(
          cities,
          intent,
          query ? m('clarify.datasetsFor', { query }) : m('clarify.aSearch'),
          confidence,
          lang,
        );
      else if (!query) answer = askForTopic(target, lang);
      else answer = await findDatasets(target, query, 0, confidence, lang);
    } else if (intent === 'dataset_id' && datasetId && target) {
      answer = await describeDataset(target, datasetId.id, confidence, norm.text, lang);
    } else if (intent === 'draft_request') {
      answer = target
        ? draftAnswer(
            target,
            factsAfter(state, target.id, said()),
            confidence,
            lang,
            localizeCity(target, said().letterLang ?? state?.facts?.letterLang ?? lang),
          )
        : clarifyCityAnswer(cities, intent, m('clarify.theLetter'), confidence, lang);
    } else if (isTopicIntent(intent)) {
      if (named.length > 1)
        answer = multiCityTopicAnswer(local(named), intent, named[0]!.id, confidence, {
          brief: false,
          question: norm.text,
          lang,
        });
      else if (target) answer = topicAnswer(localizeCity(target, lang), intent, confidence, norm.text, lang);
      else
        answer = multiCityTopicAnswer(local(cities), intent, 'none', confidence, {
          brief: true,
          question: norm.text,
          lang,
        });
    } else {
      answer = helpAnswer(cities, 'none', confidence, lang);
    }

    // A second ask in the same message gets its own section; a close call offers the other reading.
    const also =
      !followUp && cls.also && isTopicIntent(cls.also) && target && answer.kind === 'topic'
        ? cls.also
        : undefined;
    if (also && target) {
      appendAsSection(answer, topicAnswer(localizeCity(target, lang), also, confidence, norm.text, lang));
    }
    const alternative = followUp || picked ? undefined : otherReading(cls, intent);
    const offerOther = alternative && !smallTalk && answer.kind !== 'clarify' && cityRef !== 'other';
    if (offerOther) {
      const labels = readingLabels(lang);
      const label = labels[alternative]!;
      answer.notices.push(
        m('engine.readAs', { read: (labels[intent] ?? intent).toLowerCase(), other: label.toLowerCase() }),
      );
      answer.choices.push({ label, value: target ? `${label} (${target.name})` : label });
    }

    if (named.length > 0 && match.other)
      answer.notices.push(
        m('engine.notCoveredAnswerFor', {
          place: match.other.name,
          cities: listOf(
            lang,
            named.map((c) => c.name),
          ),
        }),
      );
    if (confidence < LOW_CONFIDENCE && !offerOther && answer.kind !== 'out_of_scope') {
      answer.notices.push(m('engine.lowConfidence'));
    }
    if (norm.truncated) answer.notices.push(m('engine.truncated'));

    // Small talk ("thanks") does not replace the question being discussed.
    if (question.conversation && !smallTalk) {
      const city = byId.has(answer.city) || answer.city === 'other' ? answer.city : state?.city;
      const shown = factsFromAnswer(answer, query);
      // "what about LA?" searches the same words again: keep the topic as the user named it.
      const namedTopic = state?.facts?.dataset?.topic;
      if (shown.dataset && namedTopic && query === state?.query) shown.dataset = { topic: namedTopic };
      // "we need it for a research project on urban heat": a purpose, not a new dataset to ask for.
      const { purpose: saidPurpose, dataset: saidDataset } = said();
      if (shown.dataset?.topic && !shown.dataset.id && saidPurpose && !saidDataset?.topic) {
        const purpose = saidPurpose.toLowerCase();
        if (shown.dataset.topic.split(' ').every((w) => purpose.includes(w))) delete shown.dataset;
      }
      const facts = factsAfter(state, city, turnFacts(said(), shown));
      context.set(question.conversation, {
        intent,
        city,
        query: query ?? state?.query,
        lang,
        ...(answer.city === 'other' && other ? { other } : {}),
        facts,
      });
    }
    return reply(answer, also);
  }

  function askForTopic(target: City, lang: Lang): Answer {
    const m = messages(lang);
    return makeAnswer({
      kind: 'clarify',
      intent: 'find_dataset',
      city: target.id,
      lang,
      title: m('engine.askTopicTitle', { city: target.name }),
      summary: m('engine.askTopicSummary', { city: target.name }),
      confidence: 0.5,
    });
  }

  function askForDatasetId(target: City, lang: Lang): Answer {
    const m = messages(lang);
    return makeAnswer({
      kind: 'clarify',
      intent: 'dataset_id',
      city: target.id,
      lang,
      title: m('engine.askIdTitle'),
      summary: m('engine.askIdSummary', { city: target.name }),
      confidence: 0.5,
    });
  }

  function resolveCity(name: string): City | undefined {
    const id = finder.resolve(name);
    return id ? byId.get(id) : undefined;
  }

  function unknownCity(name: string, intent: Intent, what: string, lang: Lang): EngineReply {
    const found = finder.find(normalizeQuestion(name).text);
    if (found.other) {
      const resembles = found.other.resembles ? byId.get(found.other.resembles) : undefined;
      return reply(unsupportedPlaceAnswer(cities, found.other.name, resembles, intent, 0.9, lang));
    }
    const answer = clarifyCityAnswer(cities, intent, what, 0.5, lang);
    if (name.trim())
      answer.notices.push(messages(lang)('engine.unknownCity', { name: name.trim().slice(0, 60) }));
    return reply(answer);
  }

  /** Commands carry no sentence to detect: the forced language, else the conversation's, else the locale's. */
  function commandLanguage(conversation: string | undefined, locale: Lang | undefined): Lang {
    return chooseLanguage({
      text: '',
      forced: deps.lang,
      conversation: conversation ? context.get(conversation)?.lang : undefined,
      locale,
    });
  }

  return {
    ask,
    async searchDatasets({ city, query, offset = 0, conversation, locale }) {
      const lang = commandLanguage(conversation, locale);
      const m = messages(lang);
      const target = resolveCity(city);
      const q = normalizeQuestion(query).original;
      if (!target)
        return unknownCity(
          city,
          'find_dataset',
          q ? m('clarify.datasetsFor', { query: q }) : m('clarify.aSearch'),
          lang,
        );
      if (!q) return reply(askForTopic(target, lang));
      const answer = await findDatasets(target, q, Math.max(0, offset), 0.95, lang);
      if (conversation) {
        const state = context.get(conversation);
        const facts = factsAfter(state, target.id, factsFromAnswer(answer, q));
        context.set(conversation, { city: target.id, intent: 'find_dataset', query: q, facts, lang });
      }
      return reply(answer);
    },
    async datasetDetails({ city, id, conversation, locale }) {
      const lang = commandLanguage(conversation, locale);
      const target = resolveCity(city);
      if (!target) return unknownCity(city, 'dataset_id', messages(lang)('clarify.aDataset'), lang);
      const clean = normalizeQuestion(id).original.trim();
      if (!clean) return reply(askForDatasetId(target, lang));
      const answer = await describeDataset(target, clean, 0.95, undefined, lang);
      if (conversation) {
        const state = context.get(conversation);
        const shown = factsFromAnswer(answer, undefined);
        // A details answer that could not reach the portal still knows the id asked about.
        const facts = factsAfter(state, target.id, shown.dataset ? shown : { dataset: { id: clean } });
        context.set(conversation, { city: target.id, intent: 'dataset_id', facts, lang });
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
