import { describe, expect, it } from 'vitest';
import { loadCities, NOT_SPECIFIED, TOPIC_INTENTS } from '../../src/knowledge/index.js';
import { CITY_IDS, urlsIn } from './cityFiles.js';

const cities = loadCities();

/** Every topic's English text beside its Spanish rendering (summary, then point by point), then dataset caveats. */
function renderings(id: string): { where: string; en: string; es: string }[] {
  const city = cities.find((c) => c.id === id)!;
  const caveats = city.knownDatasets.flatMap((d) =>
    d.caveat ? [{ where: `knownDatasets ${d.id}`, en: d.caveat, es: d.es?.caveat ?? '' }] : [],
  );
  return TOPIC_INTENTS.flatMap((intent) => {
    const topic = city.topics[intent];
    return [
      { where: `${intent}.summary`, en: topic.summary, es: topic.es.summary },
      ...topic.points.map((p, i) => ({ where: `${intent}[${i}]`, en: p.text, es: topic.es.points[i]!.text })),
    ];
  }).concat(caveats);
}

/** Office and program names stay in their official English form inside the Spanish text. */
const OFFICIAL_NAMES = [
  'City of Miami IT department',
  'City Clerk / Public Records office',
  'Information Technology Agency',
  'ITA',
  'City Attorney',
  'Innovation & Technology',
  'Open Data program',
  'Open Data Portal',
  'GeoHub',
];

/** What a translation must copy verbatim: URLs, numbers, ids and code names (headers, parameters). */
function verbatimTokens(text: string): string[] {
  const urls = urlsIn(text);
  const rest = urls.reduce((t, u) => t.replace(u, ' '), text);
  const numbers = rest.match(/\d+(?:,\d{3})*/g) ?? [];
  const code = rest.match(/\$+\w+|X-App-Token|maxRecordCount|xxxx-xxxx|\{4x4\}/g) ?? [];
  return [...urls, ...numbers, ...code];
}

describe('the Spanish renderings in the city files', () => {
  it('GIVEN the token scan THEN it finds what a careless translation would change', () => {
    const found = verbatimTokens('Send X-App-Token or $$app_token; 1,000 rows, see https://a.example/x.');
    expect(found.sort()).toEqual(['$$app_token', '1,000', 'X-App-Token', 'https://a.example/x']);
  });

  it.each(CITY_IDS)(
    'GIVEN %s THEN each Spanish text keeps the URLs, numbers and ids of its English',
    (id) => {
      const lost = renderings(id).flatMap(({ where, en, es }) =>
        verbatimTokens(en)
          .filter((token) => !es.includes(token))
          .map((token) => `${where}: ${token}`),
      );
      expect(lost).toEqual([]);
    },
  );

  it.each(CITY_IDS)('GIVEN %s THEN office and program names stay in official English in Spanish', (id) => {
    const lost = TOPIC_INTENTS.flatMap((intent) => {
      const texts = renderings(id).filter((r) => r.where.startsWith(intent));
      const en = texts.map((r) => r.en).join('\n');
      const es = texts.map((r) => r.es).join('\n');
      return OFFICIAL_NAMES.filter((n) => en.includes(n) && !es.includes(n)).map((n) => `${intent}: ${n}`);
    });
    expect(lost).toEqual([]);
  });

  it.each(CITY_IDS)(
    'GIVEN %s THEN every English "not specified on the cited pages" is said in Spanish',
    (id) => {
      const said = renderings(id).filter((r) => r.en.toLowerCase().includes(NOT_SPECIFIED.en));
      expect(said.length).toBeGreaterThan(0);
      for (const { where, es } of said) expect(es.toLowerCase(), where).toContain(NOT_SPECIFIED.es);
    },
  );

  it.each(CITY_IDS)('GIVEN %s THEN no Spanish text is a copy of the English', (id) => {
    const copies = renderings(id).filter((r) => r.en === r.es);
    expect(copies.map((r) => r.where)).toEqual([]);
  });
});
