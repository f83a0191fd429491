import { describe, expect, it } from 'vitest';
import { type City, loadCities, TOPIC_INTENTS, type TopicIntent } from '../../src/knowledge/index.js';
import { CITY_IDS, readRawCity } from './cityFiles.js';

const cities = loadCities();
const city = (id: string): City => {
  const found = cities.find((c) => c.id === id);
  if (!found) throw new Error(`city ${id} not loaded`);
  return found;
};

/** The text a user sees for a topic: title, summary, points and who to ask. */
function topicText(c: City, intent: TopicIntent): string {
  const topic = c.topics[intent];
  const ask = c.offices.find((o) => o.id === topic.askOffice);
  return [topic.title, topic.summary, ...topic.points.map((p) => p.text), ask ? `Ask: ${ask.name}` : '']
    .join('\n')
    .trim();
}

describe('the city files in src/cities', () => {
  it('GIVEN the default directory THEN exactly miami, kansas-city and los-angeles load', () => {
    expect(cities.map((c) => c.id).sort()).toEqual([...CITY_IDS]);
  });

  it.each(CITY_IDS)('GIVEN %s THEN every topic intent has a titled topic with facts', (id) => {
    const raw = readRawCity(id) as { topics: Record<string, { points?: unknown[] }> };
    for (const intent of TOPIC_INTENTS) {
      expect(raw.topics[intent]?.points?.length ?? 0, intent).toBeGreaterThan(0);
    }
    expect(Object.keys(raw.topics).sort()).toEqual([...TOPIC_INTENTS].sort());
  });

  it.each(CITY_IDS)('GIVEN %s THEN every cited source, office and draft addressee resolves', (id) => {
    const c = city(id);
    const sourceIds = new Set(c.sources.map((s) => s.id));
    const officeIds = new Set(c.offices.map((o) => o.id));
    const cited = [
      ...c.portals.flatMap((p) => p.sources),
      ...c.offices.flatMap((o) => o.sources),
      ...Object.values(c.topics).flatMap((t) => t.points.flatMap((p) => p.sources)),
      ...c.draft.items.flatMap((i) => i.sources),
    ];
    expect(cited.filter((s) => !sourceIds.has(s))).toEqual([]);
    expect(officeIds.has(c.draft.to)).toBe(true);
    for (const topic of Object.values(c.topics)) {
      if (topic.askOffice) expect(officeIds.has(topic.askOffice), topic.askOffice).toBe(true);
    }
  });

  it.each(CITY_IDS)('GIVEN %s THEN every declared source is cited somewhere (no dead sources)', (id) => {
    const c = city(id);
    const cited = new Set([
      ...c.portals.flatMap((p) => p.sources),
      ...c.offices.flatMap((o) => o.sources),
      ...Object.values(c.topics).flatMap((t) => t.points.flatMap((p) => p.sources)),
      ...c.draft.items.flatMap((i) => i.sources),
    ]);
    expect(c.sources.map((s) => s.id).filter((s) => !cited.has(s))).toEqual([]);
  });

  it.each(CITY_IDS)('GIVEN %s THEN ids are unique within sources, offices and portals', (id) => {
    const c = city(id);
    for (const list of [c.sources, c.offices, c.portals]) {
      const ids = list.map((x) => x.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('GIVEN all cities THEN aliases and look-alike patterns are lower-case and never name another city', () => {
    const aliases = new Set(cities.flatMap((c) => [c.id, ...c.aliases]));
    for (const c of cities) {
      for (const a of c.aliases) expect(a).toBe(a.toLowerCase());
      for (const l of c.lookalikes) {
        for (const p of l.patterns) {
          expect(p).toBe(p.toLowerCase());
          expect(aliases.has(p), `${c.id} look-alike pattern "${p}" is also an alias`).toBe(false);
        }
      }
    }
  });

  it('GIVEN the required aliases and look-alikes THEN each city carries them', () => {
    expect(city('miami').aliases).toEqual(
      expect.arrayContaining(['miami', 'city of miami', 'mia', 'miami fl', 'miami, fl', 'miami florida']),
    );
    expect(city('kansas-city').aliases).toEqual(
      expect.arrayContaining([
        'kansas city',
        'kc',
        'kcmo',
        'kansas city mo',
        'kansas city, mo',
        'kansas city missouri',
      ]),
    );
    expect(city('los-angeles').aliases).toEqual(
      expect.arrayContaining([
        'los angeles',
        'la',
        'l.a.',
        'city of la',
        'city of los angeles',
        'city of angels',
        'lacity',
      ]),
    );
    const patterns = (id: string) => city(id).lookalikes.flatMap((l) => l.patterns);
    expect(patterns('miami')).toEqual(
      expect.arrayContaining(['miami-dade', 'miami dade', 'dade county', 'miami beach']),
    );
    expect(patterns('kansas-city')).toEqual(
      expect.arrayContaining(['kansas city, kansas', 'kansas city ks', 'kck']),
    );
    expect(patterns('los-angeles')).toEqual(
      expect.arrayContaining(['la county', 'los angeles county', 'lacounty']),
    );
  });
});

describe('portals', () => {
  // Each platform's own web search page: Socrata's catalog is /browse, an ArcGIS Hub site's is /search.
  const SEARCH_PAGE = { socrata: '/browse?q={q}', 'arcgis-hub': '/search?q={q}' } as const;

  it('GIVEN the cities THEN each has the portals of the reference, on the right platform', () => {
    const portals = (id: string) => city(id).portals.map((p) => `${p.platform}:${p.domain}`);
    expect(portals('kansas-city')).toEqual(['socrata:data.kcmo.org']);
    expect(portals('los-angeles')).toEqual(['socrata:data.lacity.org', 'arcgis-hub:geohub.lacity.org']);
    expect(portals('miami')).toEqual(['arcgis-hub:datahub-miamigis.opendata.arcgis.com']);
  });

  it.each(CITY_IDS)(
    'GIVEN %s THEN home and search URLs sit on the portal domain and follow the platform pattern',
    (id) => {
      for (const p of city(id).portals) {
        expect(new URL(p.homeUrl).host).toBe(p.domain);
        expect(p.homeUrl.startsWith('https://')).toBe(true);
        const pattern = SEARCH_PAGE[p.platform as keyof typeof SEARCH_PAGE];
        expect(pattern, `no search pattern for ${p.platform}`).toBeDefined();
        expect(p.searchUrl).toBe(`https://${p.domain}${pattern}`);
      }
    },
  );
});

describe('topics answer on their own', () => {
  const NOT_SPECIFIED =
    /not specified|does not specify|do not specify|does not (list|publish|mention|give)|gives no|no (fees|fines) are specified/i;

  it.each(CITY_IDS)(
    'GIVEN %s THEN a topic that says something is not specified names an office to ask',
    (id) => {
      const c = city(id);
      const silentWithoutOffice = TOPIC_INTENTS.filter(
        (intent) => NOT_SPECIFIED.test(c.topics[intent].summary) && !c.topics[intent].askOffice,
      );
      expect(silentWithoutOffice).toEqual([]);
    },
  );

  it.each(CITY_IDS)('GIVEN %s THEN fees say no fee is specified or published, and invent no amount', (id) => {
    const text = topicText(city(id), 'fees');
    expect(city(id).topics.fees.summary).toMatch(/no fees are specified|fees are not specified/i);
    expect(text).not.toMatch(/\$\s?\d/);
  });

  it.each(CITY_IDS)(
    'GIVEN %s THEN penalties say no fines are specified, list sanctions and name the enforcer',
    (id) => {
      const c = city(id);
      const text = topicText(c, 'penalties');
      expect(c.topics.penalties.summary).toMatch(/no fines are specified|fines are not specified/i);
      expect(text).toMatch(/revoc|revok|terminat/i);
      expect(text).toMatch(/suspen/i);
      expect(text).toMatch(/Enforcer: /);
      expect(text).not.toMatch(/\$\s?\d/);
    },
  );

  it("GIVEN each city THEN penalties list its guide's non-monetary sanctions", () => {
    expect(topicText(city('miami'), 'penalties')).toMatch(/cease-and-desist/);
    expect(topicText(city('kansas-city'), 'penalties')).toMatch(/termination of data-sharing agreements/);
    expect(topicText(city('los-angeles'), 'penalties')).toMatch(/account termination/);
  });

  it.each(CITY_IDS)('GIVEN %s THEN forms say there is no standard form and where to submit instead', (id) => {
    const summary = city(id).topics.forms.summary;
    expect(summary).toMatch(/no (standard|universal|standardized)|not specified/i);
    expect(summary).toMatch(/submit|ask/i);
  });

  it.each(CITY_IDS)('GIVEN %s THEN timeline says no standard review period is specified', (id) => {
    expect(city(id).topics.timeline.summary).toMatch(/no standard review period is specified/i);
    expect(city(id).topics.timeline.summary).toMatch(/estimate/i);
  });

  it('GIVEN Miami THEN contact and appeal answers name both offices in full', () => {
    for (const intent of ['contact', 'denied_appeal', 'penalties'] as const) {
      const summary = city('miami').topics[intent].summary;
      expect(summary, intent).toContain('City of Miami IT department');
      expect(summary, intent).toContain('City Clerk / Public Records office');
    }
  });

  it('GIVEN Los Angeles THEN the appeal answer names ITA and the City Attorney', () => {
    const summary = city('los-angeles').topics.denied_appeal.summary;
    expect(summary).toContain('Information Technology Agency (ITA)');
    expect(summary).toContain('City Attorney');
  });

  it('GIVEN Kansas City THEN evaluation lists all four criteria of the guide', () => {
    const text = topicText(city('kansas-city'), 'evaluation');
    for (const criterion of [
      /privacy/,
      /technical feasibility/i,
      /scheduling priorities/,
      /legal or contractual/,
    ]) {
      expect(text).toMatch(criterion);
    }
  });

  it.each(['kansas-city', 'los-angeles'])(
    "GIVEN Socrata city %s THEN rate limits carry the app-token throttling facts, cited to Socrata's docs",
    (id) => {
      const c = city(id);
      const topic = c.topics.rate_limits;
      const tokenFacts = topic.points.filter(
        (p) => /app(lication)? token/i.test(p.text) && /throttl/i.test(p.text),
      );
      expect(tokenFacts.length).toBeGreaterThan(0);
      const docs = c.sources.find((s) => s.url === 'https://dev.socrata.com/docs/app-tokens');
      expect(docs).toBeDefined();
      for (const fact of tokenFacts) expect(fact.sources).toContain(docs?.id);
      expect(topicText(c, 'rate_limits')).toMatch(/429/);
    },
  );

  it.each(['kansas-city', 'los-angeles'])(
    'GIVEN Socrata city %s THEN dataset_id gives the 4x4 id and endpoint',
    (id) => {
      const c = city(id);
      const domain = c.portals.find((p) => p.platform === 'socrata')?.domain;
      const text = topicText(c, 'dataset_id');
      expect(text).toContain(`https://${domain}/resource/{4x4}.json`);
      expect(text).toMatch(/xxxx-xxxx/);
    },
  );

  it("GIVEN the reference's current ids and caveats THEN dataset_id uses them (KC 311 d4px-6rwg, LA crime 2nrs-mtv8, Miami 311 maybe frozen)", () => {
    expect(topicText(city('kansas-city'), 'dataset_id')).toMatch(/current 311 dataset[^\n]*d4px-6rwg/);
    expect(topicText(city('kansas-city'), 'dataset_id')).toMatch(/7at3-sxhp[^\n]*older/);
    expect(topicText(city('los-angeles'), 'dataset_id')).toMatch(/2020 to present is 2nrs-mtv8/);
    expect(topicText(city('miami'), 'dataset_id')).toMatch(
      /7cc10915ede14bb58be312413842a4ce_0\) may be frozen/,
    );
  });

  it.each(CITY_IDS)(
    'GIVEN %s THEN every known dataset is on a portal of its platform and cites a public URL',
    (id) => {
      const c = city(id);
      expect(c.knownDatasets.length).toBeGreaterThan(0);
      for (const d of c.knownDatasets) {
        const portal = c.portals.find((p) => p.id === d.portal);
        const shape = /^[a-z0-9]{4}-[a-z0-9]{4}$/.test(d.id) ? 'socrata' : 'arcgis-hub';
        expect(portal?.platform, d.id).toBe(shape);
        const urls = d.sources.map((s) => c.sources.find((x) => x.id === s)?.url);
        expect(urls.some(Boolean), d.id).toBe(true);
      }
    },
  );

  it('GIVEN Miami THEN dataset_id says where the ID, license, update frequency and fields are', () => {
    const text = topicText(city('miami'), 'dataset_id');
    expect(text).toMatch(/address bar/);
    expect(text).toMatch(/license, update frequency and fields/);
    expect(text).toMatch(/32-character item ID/);
  });

  it.each(CITY_IDS)('GIVEN %s THEN the draft lists the request contents of its guide', (id) => {
    const items = city(id)
      .draft.items.map((i) => i.text)
      .join('\n');
    expect(items).toMatch(/intended use/i);
    expect(items).toMatch(/dataset name/i);
  });

  it("GIVEN each city THEN the draft carries its guide's specific items", () => {
    const items = (id: string) =>
      city(id)
        .draft.items.map((i) => i.text)
        .join('\n');
    expect(items('miami')).toMatch(/fields needed[\s\S]*privacy safeguards[\s\S]*Contact person/);
    expect(items('kansas-city')).toMatch(/Sample rows[\s\S]*traffic expectations/);
    expect(items('los-angeles')).toMatch(/Publication format[\s\S]*Legal justification/);
  });
});
