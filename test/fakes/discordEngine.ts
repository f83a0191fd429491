import type { Engine, EngineReply, Question } from '../../src/intents/types.js';
import type { Answer, DatasetHit } from '../../src/knowledge/index.js';

/**
 * A small stand-in Engine for adapter tests: varied Answers (topic, clarify, datasets with paging,
 * details, injection strings, oversize) and a record of every call, so tests can check what the
 * adapter asked and with which conversation key. It makes no claim about any real city.
 */
export interface FakeEngine extends Engine {
  calls: { method: string; input: unknown }[];
}

const CITIES = [
  { id: 'miami', name: 'City of Miami' },
  { id: 'kansas-city', name: 'Kansas City' },
  { id: 'los-angeles', name: 'City of Los Angeles' },
];

export const INJECTION =
  '@everyone @here <@123456789012345678> <@&223456789012345678> [click me](https://evil.example/phish)';

function answer(partial: Partial<Answer> & Pick<Answer, 'kind' | 'title' | 'summary'>): Answer {
  return {
    intent: 'contact',
    city: 'kansas-city',
    points: [],
    sections: [],
    choices: [],
    notices: [],
    sources: [],
    confidence: 0.9,
    ...partial,
  };
}

function reply(a: Answer): EngineReply {
  return {
    intent: a.intent,
    intents: [a.intent],
    city: a.city,
    confidence: a.confidence,
    lang: a.lang ?? 'en',
    answer: a,
  };
}

export const PAGE_SIZE = 5;
export const TOTAL_HITS = 12;

function hit(city: string, n: number): DatasetHit {
  return {
    id: `fake-${String(n).padStart(4, '0')}`,
    title: `Fake dataset ${n} for ${city}`,
    description: `Synthetic description ${n}.`,
    type: 'dataset',
    updatedAt: '2026-01-15T10:00:00.000Z',
    pageUrl: `https://data.example.test/d/fake-${n}`,
    platform: 'socrata',
    portalId: `${city}-portal`,
  };
}

export function createFakeEngine(opts: { delayMs?: number } = {}): FakeEngine {
  const calls: FakeEngine['calls'] = [];
  const lastCity = new Map<string, string>();
  const wait = () => (opts.delayMs ? new Promise((r) => setTimeout(r, opts.delayMs)) : Promise.resolve());

  function cityIn(text: string): string | undefined {
    if (/\b(kc|kansas city)\b/i.test(text)) return 'kansas-city';
    if (/\bmiami\b/i.test(text)) return 'miami';
    if (/\b(la|los angeles)\b/i.test(text)) return 'los-angeles';
    return undefined;
  }

  async function ask(q: Question): Promise<EngineReply> {
    calls.push({ method: 'ask', input: q });
    await wait();
    const text = q.text;
    if (text === 'explode') throw new Error('engine exploded');
    if (text === 'help') {
      return reply(
        answer({
          kind: 'help',
          intent: 'help',
          city: 'none',
          title: 'What I can do',
          summary: 'Ask me things.',
        }),
      );
    }
    if (text.includes('huge')) {
      return reply(
        answer({
          kind: 'topic',
          title: `T${'i'.repeat(400)}`,
          summary: 'S'.repeat(5000),
          points: Array.from({ length: 60 }, (_, i) => `Point ${i} ${'p'.repeat(200)}`),
          sections: Array.from({ length: 30 }, (_, i) => ({
            heading: `Section ${i} ${'h'.repeat(300)}`,
            points: [`${'v'.repeat(1500)}`],
          })),
          sources: Array.from({ length: 40 }, (_, i) => ({
            title: `Source ${i}`,
            url: `https://example.test/source/${i}`,
          })),
          notices: ['Long answer.'],
        }),
      );
    }
    if (text.includes('inject')) {
      return reply(
        answer({
          kind: 'fallback',
          intent: 'out_of_scope',
          title: `Echo ${INJECTION}`,
          summary: `You said: ${text}`,
          points: [INJECTION],
          sources: [{ title: INJECTION, url: 'https://example.test/ok' }],
        }),
      );
    }
    const city = cityIn(text) ?? lastCity.get(q.conversation ?? '');
    if (!city) {
      return reply(
        answer({
          kind: 'clarify',
          city: 'none',
          title: 'Which city?',
          summary: 'Which city do you mean?',
          choices: CITIES.map((c) => ({ label: c.name, value: `${text} in ${c.name}` })),
        }),
      );
    }
    if (q.conversation) lastCity.set(q.conversation, city);
    return reply(
      answer({
        kind: 'topic',
        city,
        title: `Contact for ${city}`,
        summary: `Fake contact answer for ${city}.`,
        points: ['First point.', 'Second point.'],
        sources: [{ title: 'Fake source', url: 'https://example.test/source' }, { title: 'No-URL source' }],
      }),
    );
  }

  return {
    calls,
    ask,
    async searchDatasets(input) {
      calls.push({ method: 'searchDatasets', input });
      await wait();
      const offset = input.offset ?? 0;
      const end = Math.min(TOTAL_HITS, offset + PAGE_SIZE);
      const hits = Array.from({ length: end - offset }, (_, i) => hit(input.city, offset + i + 1));
      return reply(
        answer({
          kind: 'datasets',
          intent: 'find_dataset',
          city: input.city,
          title: `Datasets for "${input.query}"`,
          summary: `${TOTAL_HITS} datasets match.`,
          datasets: hits,
          total: TOTAL_HITS,
          ...(end < TOTAL_HITS ? { more: { city: input.city, query: input.query, offset: end } } : {}),
          sources: [{ title: 'Fake portal', url: 'https://data.example.test/' }],
        }),
      );
    },
    async datasetDetails(input) {
      calls.push({ method: 'datasetDetails', input });
      await wait();
      const base = hit(input.city, 1);
      return reply(
        answer({
          kind: 'dataset_details',
          intent: 'dataset_id',
          city: input.city,
          title: base.title,
          summary: base.description,
          dataset: {
            ...base,
            id: input.id,
            columns: [
              { name: 'Case ID', fieldName: 'case_id', type: 'text' },
              { name: 'Opened', fieldName: 'opened', type: 'calendar_date' },
            ],
            rowCount: 1234,
            example: `curl "https://data.example.test/resource/${input.id}.json?$limit=5"`,
          },
          sources: [{ title: 'Fake portal', url: 'https://data.example.test/' }],
        }),
      );
    },
    async suggestDatasets(input) {
      calls.push({ method: 'suggestDatasets', input });
      const all = Array.from({ length: 40 }, (_, i) => hit(input.city, i + 1));
      return all
        .filter((h) => h.title.toLowerCase().includes(input.prefix.toLowerCase()))
        .slice(0, input.limit ?? 25)
        .map((h) => ({ id: h.id, title: h.title }));
    },
    cities: () => CITIES,
    splitCity(text) {
      const city = cityIn(text);
      return city ? { city, rest: text.replace(/^\S+\s*/, '') } : undefined;
    },
  };
}
