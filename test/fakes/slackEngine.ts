import type { Engine, EngineReply, Question } from '../../src/intents/types.js';
import type { Answer } from '../../src/knowledge/index.js';
import { makeAnswer, makeDetails, makeHit } from './slackAnswers.js';

export type EngineCall =
  | { method: 'ask'; text: string; conversation?: string | undefined }
  | {
      method: 'searchDatasets';
      city: string;
      query: string;
      offset?: number | undefined;
      conversation?: string;
    }
  | { method: 'datasetDetails'; city: string; id: string; conversation?: string | undefined };

const CITIES = [
  { id: 'miami', name: 'City of Miami', names: ['miami'] },
  { id: 'kansas-city', name: 'Kansas City', names: ['kansas city', 'kc', 'kcmo'] },
  { id: 'los-angeles', name: 'City of Los Angeles', names: ['los angeles', 'la'] },
];

function reply(answer: Answer): EngineReply {
  return {
    intent: answer.intent,
    intents: [answer.intent],
    city: answer.city,
    confidence: answer.confidence,
    lang: answer.lang ?? 'en',
    answer,
  };
}

/**
 * A stand-in engine for adapter tests: it records every call and returns varied Answers chosen by simple
 * keywords, echoing the question so escaping is tested end to end. It knows nothing real about any city.
 */
export function createFakeEngine(opts: { pageSize?: number; total?: number; failOn?: string } = {}) {
  const calls: EngineCall[] = [];
  const pageSize = opts.pageSize ?? 5;
  const total = opts.total ?? 12;
  const lastCity = new Map<string, string>();

  const findCity = (text: string) => {
    const lower = ` ${text.toLowerCase()} `;
    return CITIES.find((c) => c.names.some((n) => lower.includes(` ${n} `) || lower.includes(` ${n}?`)));
  };

  const engine: Engine = {
    async ask(q: Question) {
      calls.push({ method: 'ask', text: q.text, conversation: q.conversation });
      if (opts.failOn && q.text.includes(opts.failOn)) throw new Error('engine exploded');
      const text = q.text;
      if (text === 'help') {
        return reply(makeAnswer({ kind: 'help', intent: 'help', city: 'none', title: 'What I can do' }));
      }
      const city = findCity(text)?.id ?? (q.conversation ? lastCity.get(q.conversation) : undefined);
      if (!city) {
        return reply(
          makeAnswer({
            kind: 'clarify',
            intent: 'contact',
            city: 'none',
            title: 'Which city?',
            summary: `Which city do you mean by: ${text}`,
            points: [],
            sources: [],
            choices: CITIES.map((c) => ({ label: c.name, value: `${text} in ${c.names[0]}` })),
          }),
        );
      }
      if (q.conversation) lastCity.set(q.conversation, city);
      return reply(
        makeAnswer({
          city,
          title: `Contact for ${city}`,
          summary: `You asked: ${text}`,
          points: [`Answer point for ${city}`],
        }),
      );
    },
    async searchDatasets(input) {
      calls.push({ method: 'searchDatasets', ...input });
      const offset = input.offset ?? 0;
      const count = Math.max(0, Math.min(pageSize, total - offset));
      const hits = Array.from({ length: count }, (_, i) =>
        makeHit(offset + i, { title: `${input.query} result ${offset + i}` }),
      );
      const next = offset + count;
      return reply(
        makeAnswer({
          kind: 'datasets',
          intent: 'find_dataset',
          city: input.city,
          title: `Datasets about ${input.query}`,
          summary: `${total} datasets match.`,
          points: [],
          datasets: hits,
          total,
          ...(next < total ? { more: { city: input.city, query: input.query, offset: next } } : {}),
        }),
      );
    },
    async datasetDetails(input) {
      calls.push({ method: 'datasetDetails', ...input });
      return reply(
        makeAnswer({
          kind: 'dataset_details',
          intent: 'dataset_id',
          city: input.city,
          title: `Dataset ${input.id}`,
          summary: 'Details from the portal.',
          points: [],
          dataset: makeDetails({ id: input.id }),
        }),
      );
    },
    async suggestDatasets() {
      return [];
    },
    cities() {
      return CITIES.map(({ id, name }) => ({ id, name }));
    },
    splitCity(text: string) {
      const lower = text.toLowerCase().trim();
      for (const c of CITIES) {
        for (const n of c.names) {
          if (lower === n || lower.startsWith(`${n} `))
            return { city: c.id, rest: text.trim().slice(n.length).trim() };
        }
      }
      return undefined;
    },
  };
  return { engine, calls };
}
