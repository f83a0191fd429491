import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/bots/terminal/renderText.js';
import type { Classification } from '../../src/intents/classifyIntent.js';
import {
  AnswerSchema,
  type City,
  type Intent,
  localizeCity,
  NOT_SPECIFIED,
  TOPIC_INTENTS,
  type TopicIntent,
} from '../../src/knowledge/index.js';
import { topicCandidates } from '../../src/intents/answers/shapeTopic.js';
import type { DatasetSearch } from '../../src/search/types.js';
import { realCities, realEngine } from '../helpers/engine.js';

/** A classifier that always reads `intent`: these tests are about language, not classification. */
const reads =
  (intent: Intent, bare = false) =>
  (): Classification => ({ intent, confidence: 0.9, bare, ranked: [{ intent, p: 0.9 }] });

/** The whole answer as text, every point shown (as --full or the More button would). */
/** Titles of every source the English topic data cites (points, portals, offices), public names included. */
function citableTitles(city: City, intent: TopicIntent): Set<string> {
  const ids = new Set([
    ...city.topics[intent].points.flatMap((p) => p.sources),
    ...city.portals.flatMap((p) => p.sources),
    ...city.offices.flatMap((o) => o.sources),
  ]);
  const titles = city.sources.filter((s) => ids.has(s.id)).map((s) => s.citeAs ?? s.id);
  return new Set(city.sources.filter((s) => ids.has(s.id) || titles.includes(s.id)).map((s) => s.title));
}

const text = (a: Parameters<typeof renderText>[0]) => renderText(a, { width: 0, color: false, full: true });
/** Every point of an answer, shown first or behind More. */
const allPoints = (a: { points: string[]; rest?: { points: string[] } }) => [
  ...a.points,
  ...(a.rest?.points ?? []),
];

describe("engine in Spanish: the issue's questions, with the trained classifier", () => {
  it('GIVEN "¿Cuál es la multa por usar mal la API en Miami?" THEN Miami penalties, in Spanish, "no especificado"', async () => {
    const r = await realEngine().ask({ text: '¿Cuál es la multa por usar mal la API en Miami?' });
    expect([r.intent, r.city, r.lang]).toEqual(['penalties', 'miami', 'es']);
    expect(text(r.answer)).toContain(NOT_SPECIFIED.es);
    expect(text(r.answer)).toMatch(/City of Miami IT department/);
    expect(text(r.answer)).toMatch(/Fuentes:/);
  });

  it('GIVEN "¿Con quién hablo en Miami…? Necesito un correo." THEN Miami contacts, not a dataset search', async () => {
    const r = await realEngine().ask({
      text: '¿Con quién hablo en Miami para pedir datos? Necesito un correo.',
    });
    expect([r.intent, r.city, r.lang]).toEqual(['contact', 'miami', 'es']);
    // The guide gives no email address: the Spanish lead says so first, and who to ask.
    expect(r.answer.summary).toMatch(
      /^La guía de Miami no indica ningún correo electrónico para esto; pregunte a City of Miami Information Technology \(IT\) department/,
    );
  });

  it('GIVEN "Escríbeme una carta…" THEN a draft whose letter is in Spanish', async () => {
    const r = await realEngine().ask({
      text: 'Escríbeme una carta para pedir acceso a los datos de permisos de construcción en Miami',
    });
    expect([r.intent, r.city, r.lang]).toEqual(['draft_request', 'miami', 'es']);
    expect(r.answer.body).toMatch(/^Para: City of Miami Information Technology \(IT\) department/);
    expect(r.answer.body).toMatch(
      /Les escribo para solicitar acceso a los datos de permisos de construcción\./,
    );
    expect(r.answer.body).toMatch(/\[campos de datos necesarios\]/);
    expect(r.answer.body).toMatch(/\[su correo electrónico\]$/);
  });

  it('GIVEN "me revocaron la clave… el 3 de marzo" THEN "redáctame la apelación" writes a Spanish appeal with the date', async () => {
    const engine = realEngine();
    await engine.ask({
      text: 'me revocaron la clave de Kansas City el 3 de marzo, ¿puedo apelar?',
      conversation: 'es-appeal',
    });
    const r = await engine.ask({ text: 'redáctame la apelación', conversation: 'es-appeal' });
    expect([r.intent, r.city, r.lang]).toEqual(['draft_request', 'kansas-city', 'es']);
    expect(r.answer.body).toMatch(
      /Les escribo para pedir la revisión de la decisión de revocar mi clave de API \(3 de marzo\)\./,
    );
  });
});

describe('engine in Spanish: topic answers use the Spanish rendering', () => {
  it.each(TOPIC_INTENTS)(
    'GIVEN a Spanish %s question THEN the Spanish points with the English sources',
    async (intent) => {
      for (const city of realCities()) {
        const es = await realEngine({ classify: reads(intent) }).ask({
          text: `¿qué hay de esto en ${city.name}?`,
        });
        const en = await realEngine({ classify: reads(intent) }).ask({
          text: `what about this in ${city.name}?`,
        });
        expect(es.lang).toBe('es');
        expect(es.answer.lang).toBe('es');
        // The lead opens the Spanish summary; every point is a Spanish point of the topic or one of the
        // bot's own Spanish lines, and only what the English topic cites is cited.
        expect(city.topics[intent].es.summary.startsWith(es.answer.summary), intent).toBe(true);
        const spanishPoints = city.topics[intent].es.points.map((p) => p.text);
        for (const p of allPoints(es.answer))
          expect(spanishPoints.includes(p) || /^A quién preguntar: |: https?:\/\/\S+ \(/.test(p), p).toBe(
            true,
          );
        const cited = citableTitles(city, intent);
        for (const s of [...es.answer.sources, ...en.answer.sources])
          expect(cited.has(s.title), s.title).toBe(true);
        expect(() => AnswerSchema.parse(es.answer)).not.toThrow();
      }
    },
  );

  it('GIVEN Spanish "who to ask" and portal lines THEN they are worded in Spanish, names kept', async () => {
    const r = await realEngine({ classify: reads('denied_appeal') }).ask({
      text: '¿y si me niegan el acceso en Miami?',
    });
    expect(allPoints(r.answer)).toContain(
      'A quién preguntar: City of Miami Information Technology (IT) department.',
    );
    const la = realCities().find((c) => c.id === 'los-angeles')!;
    const lines = topicCandidates(localizeCity(la, 'es'), 'portal', 'es').map((c) => c.text);
    expect(lines).toContain(
      'City of Los Angeles Open Data Portal: https://data.lacity.org (tablas y API (Socrata)).',
    );
  });

  it('GIVEN no city, in Spanish THEN the per-city overview is framed in Spanish', async () => {
    const r = await realEngine({ classify: reads('fees') }).ask({ text: '¿cuánto cuestan las claves?' });
    expect(r.city).toBe('none');
    expect(r.answer.title).toBe('Tarifas: por ciudad');
    expect(r.answer.summary).toMatch(/^No nombró una ciudad/);
    const first = realCities()[0]!;
    expect(first.topics.fees.es.summary.startsWith(r.answer.sections[0]?.summary ?? '-')).toBe(true);
  });
});

describe('engine in Spanish: the language of a conversation', () => {
  it('GIVEN "y en la ciudad de Miami?" after a question THEN the same ask for Miami, as "and the city of Miami?" is', async () => {
    const engine = realEngine();
    const conversation = 'c-es-ciudad';
    const first = await engine.ask({ text: '¿Cuánto cobra Kansas City por los datos?', conversation });
    expect(first.intent).toBe('fees');
    const next = await engine.ask({ text: 'y en la ciudad de miami?', conversation });
    expect([next.intent, next.city]).toEqual(['fees', 'miami']);
  });

  it('GIVEN a Spanish question THEN a short follow-up stays Spanish, and an English one switches', async () => {
    const engine = realEngine();
    const conversation = 'c-es';
    const first = await engine.ask({ text: '¿Cuánto tarda una solicitud en Kansas City?', conversation });
    expect(first.lang).toBe('es');
    const short = await engine.ask({ text: 'LA?', conversation });
    expect([short.city, short.lang]).toEqual(['los-angeles', 'es']);
    expect(short.answer.title).toMatch(/^Cuánto tarda una solicitud de datos en la City of Los Angeles/);
    const english = await engine.ask({ text: 'and how long does it take in Miami?', conversation });
    expect(english.lang).toBe('en');
    expect(english.answer.title).toMatch(/How long/);
  });

  it('GIVEN the engine forced to a language (--lang, DEFAULT_LANG) THEN every answer is in it', async () => {
    const es = await realEngine({ lang: 'es' }).ask({ text: 'who do I contact in LA?' });
    expect(es.lang).toBe('es');
    expect(es.answer.title).toMatch(/A quién contactar/);
    const en = await realEngine({ lang: 'en' }).ask({ text: '¿A quién contacto en Los Ángeles?' });
    expect(en.lang).toBe('en');
    expect(en.answer.title).toMatch(/Who to contact/);
  });

  it('GIVEN a question asking the letter in English THEN framing in Spanish, letter in English', async () => {
    const r = await realEngine({ classify: reads('draft_request') }).ask({
      text: 'necesito un email para pedir acceso a los datos de Miami, ¿lo puedes escribir en inglés?',
    });
    expect(r.lang).toBe('es');
    expect(r.answer.summary).toMatch(/^Un borrador de solicitud de acceso para/);
    expect(r.answer.body).toMatch(/^To: /);
    expect(r.answer.body).toMatch(/I am writing to request/);
    expect(r.answer.notices).toContain('La carta está en inglés, como pidió.');
  });

  it('GIVEN an empty message and the locale says Spanish THEN help is in Spanish', async () => {
    const r = await realEngine().ask({ text: '   ', locale: 'es' });
    expect(r.answer.kind).toBe('help');
    expect(r.lang).toBe('es');
    expect(r.answer.notices).toEqual(['Su mensaje estaba vacío, así que esto es lo que puedo hacer.']);
  });

  it('GIVEN a Spanish question with no city THEN the clarify question is in Spanish', async () => {
    const r = await realEngine({ classify: reads('draft_request') }).ask({
      text: 'redacta una carta de solicitud',
    });
    expect(r.answer.kind).toBe('clarify');
    expect(r.answer.title).toBe('¿Qué ciudad?');
    expect(r.answer.summary).toMatch(/^¿A qué ciudad se refiere para la carta de solicitud/);
  });

  it('GIVEN a Spanish dataset search with live search off THEN framed in Spanish', async () => {
    const r = await realEngine({ classify: reads('find_dataset') }).ask({
      text: 'busca datos de permisos en Kansas City',
    });
    expect(r.answer.kind).toBe('datasets');
    expect(r.answer.summary).toMatch(/^La búsqueda en vivo está desactivada aquí/);
  });
});

describe('engine in Spanish: dataset details and search results', () => {
  /** A portal that knows every id, and finds nothing of the city's own for any query. */
  const search: DatasetSearch = {
    async search() {
      return {
        ok: true,
        total: 3,
        hits: [],
        stale: false,
        failedPortals: [],
        skipped: [{ from: 'Jackson County', count: 3 }],
      };
    },
    async details(_portals, id) {
      return {
        ok: true,
        stale: true,
        details: {
          id,
          title: 'KCMOPS311 Data',
          description: '',
          type: 'dataset',
          platform: 'socrata',
          portalId: 'kc-socrata',
          columns: [],
        },
      };
    },
    async suggest() {
      return [];
    },
  };

  it('GIVEN a Spanish /dataset info THEN labels, stale note and the known caveat are in Spanish', async () => {
    const r = await realEngine({ search }).datasetDetails({
      city: 'kansas-city',
      id: '7at3-sxhp',
      locale: 'es',
    });
    expect(r.lang).toBe('es');
    expect(r.answer.points).toContain('ID: 7at3-sxhp');
    expect(r.answer.points.at(-1)).toBe(
      'KCMOPS311 Data (older 311 service requests): Datos antiguos del 311; el conjunto de datos actual del 311 es d4px-6rwg (de marzo de 2021 a la actualidad).',
    );
    expect(r.answer.notices).toContain(
      'El portal falló hace un momento; estos detalles vienen de una caché reciente.',
    );
  });

  it('GIVEN a Spanish search where only other organisations match THEN said in Spanish', async () => {
    const r = await realEngine({ search, classify: reads('find_dataset') }).ask({
      text: 'busca datos de permisos en Kansas City',
    });
    expect(r.answer.title).toBe('Solo coinciden con "permisos" conjuntos de datos de otras organizaciones');
    expect(r.answer.notices).toContain(
      'Dejé fuera 3 resultados de Jackson County; no son datos de la City of Kansas City, Missouri.',
    );
  });
});
