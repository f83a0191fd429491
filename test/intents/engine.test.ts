import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/bots/terminal/renderText.js';
import { createContextStore } from '../../src/intents/index.js';
import { AnswerSchema } from '../../src/knowledge/index.js';
import type { DatasetSearch } from '../../src/search/types.js';
import { realEngine } from '../helpers/engine.js';

const text = (a: Parameters<typeof renderText>[0]) => renderText(a);

describe('engine: topics', () => {
  it('GIVEN a city and an ask THEN a cited topic answer for that city', async () => {
    const r = await realEngine().ask({ text: 'who do I contact about Kansas City open data?' });
    expect(r.intent).toBe('contact');
    expect(r.city).toBe('kansas-city');
    expect(r.answer.kind).toBe('topic');
    expect(r.answer.sources.length).toBeGreaterThan(0);
    expect(text(r.answer)).toMatch(/Innovation & Technology/);
    expect(() => AnswerSchema.parse(r.answer)).not.toThrow();
  });

  it('GIVEN a fine the guide does not publish THEN it says "not specified" and who to ask', async () => {
    const r = await realEngine().ask({ text: 'fines for abusing the LA api?' });
    expect(r.intent).toBe('penalties');
    expect(text(r.answer)).toMatch(/not specified on the cited pages/i);
    expect(text(r.answer)).toMatch(/Information Technology Agency/);
    expect(text(r.answer)).not.toMatch(/\$\s?\d/);
  });

  it('GIVEN no city THEN every covered city, reported as none, with city choices', async () => {
    const r = await realEngine().ask({ text: 'are there fees for api keys?' });
    expect(r.city).toBe('none');
    expect(r.answer.sections.map((s) => s.heading).join(' ')).toMatch(
      /Miami.*Kansas City.*Los Angeles|Kansas City.*Los Angeles.*Miami/,
    );
    expect(r.answer.choices).toHaveLength(3);
  });

  it('GIVEN two cities THEN one section per city, reported for the first', async () => {
    const r = await realEngine().ask({ text: 'compare fees in Miami and LA' });
    expect(r.intent).toBe('fees');
    expect(r.city).toBe('miami');
    expect(r.answer.sections.map((s) => s.heading)).toEqual(['City of Miami', 'City of Los Angeles']);
  });

  it('GIVEN a look-alike place THEN it says what is covered and gives none of the city facts', async () => {
    const r = await realEngine().ask({ text: 'how do i get an api key from miami-dade county' });
    expect(r.city).toBe('other');
    expect(r.intent).toBe('api_key');
    expect(r.answer.kind).toBe('unsupported_place');
    expect(text(r.answer)).toMatch(/City of Miami/);
    expect(text(r.answer)).toMatch(/only cover/);
  });
});

describe('engine: conversation context', () => {
  it('GIVEN "what about LA?" after a Miami question THEN the same intent for LA', async () => {
    const engine = realEngine();
    await engine.ask({ text: 'how do i get an api key in miami', conversation: 't1' });
    const r = await engine.ask({ text: 'what about LA?', conversation: 't1' });
    expect(r.intent).toBe('api_key');
    expect(r.city).toBe('los-angeles');
  });

  it('GIVEN a correction naming only a city ("sorry, I meant LA") THEN the same ask for that city', async () => {
    const engine = realEngine();
    await engine.ask({ text: 'how do i get an api key in miami', conversation: 't-fix' });
    const r = await engine.ask({ text: 'oh sorry i meant LA', conversation: 't-fix' });
    expect([r.intent, r.city]).toEqual(['api_key', 'los-angeles']);
    await engine.ask({
      text: 'write a letter to kansas city asking for the permits data',
      conversation: 't-fix2',
    });
    const again = await engine.ask({ text: 'actually make it for miami instead', conversation: 't-fix2' });
    expect([again.intent, again.city]).toEqual(['draft_request', 'miami']);
  });

  it('GIVEN "and the fees?" THEN the city is kept', async () => {
    const engine = realEngine();
    await engine.ask({ text: 'kc contact?', conversation: 't2' });
    const r = await engine.ask({ text: 'and the fees?', conversation: 't2' });
    expect(r.intent).toBe('fees');
    expect(r.city).toBe('kansas-city');
  });

  it('GIVEN a clarify answer THEN naming a city answers the pending ask', async () => {
    const engine = realEngine();
    const first = await engine.ask({ text: 'is there a form for api keys', conversation: 't3' });
    expect(first.city).toBe('none');
    const r = await engine.ask({ text: 'Kansas City', conversation: 't3' });
    expect(r.intent).toBe('forms');
    expect(r.city).toBe('kansas-city');
  });

  it('GIVEN separate conversations THEN context does not leak', async () => {
    const engine = realEngine();
    await engine.ask({ text: 'miami fees', conversation: 'a' });
    const r = await engine.ask({ text: 'and the timeline?', conversation: 'b' });
    expect(r.city).toBe('none');
  });

  it('GIVEN an expired conversation THEN it is forgotten', async () => {
    const engine = realEngine({ context: createContextStore({ ttlMs: 1 }) });
    await engine.ask({ text: 'miami fees', conversation: 'e' });
    await new Promise((r) => setTimeout(r, 20));
    expect((await engine.ask({ text: 'and the timeline?', conversation: 'e' })).city).toBe('none');
  });

  it('GIVEN more conversations than the bound THEN the oldest is forgotten', async () => {
    const engine = realEngine({ context: createContextStore({ max: 2 }) });
    await engine.ask({ text: 'miami fees', conversation: 'c1' });
    await engine.ask({ text: 'kc fees', conversation: 'c2' });
    await engine.ask({ text: 'la fees', conversation: 'c3' });
    expect((await engine.ask({ text: 'and the timeline?', conversation: 'c1' })).city).toBe('none');
    expect((await engine.ask({ text: 'and the timeline?', conversation: 'c3' })).city).toBe('los-angeles');
  });
});

describe('engine: drafts, help and small talk', () => {
  it('GIVEN a draft request THEN a letter to the city office with fill-in blanks and the subject', async () => {
    const r = await realEngine().ask({
      text: 'draft an email to LA asking them to publish street vending permit data',
    });
    expect(r.intent).toBe('draft_request');
    expect(r.answer.body).toMatch(/^To: Information Technology Agency/);
    expect(r.answer.body).toMatch(/street vending permit data/);
    expect(r.answer.body).toMatch(/\[intended use\]/);
  });

  it('GIVEN a volume in a key request THEN the draft fills it in', async () => {
    const r = await realEngine().ask({
      text: 'write a request to kc for an api key, about 5k requests per day',
    });
    expect(r.answer.body).toMatch(/5k requests per day/);
  });

  it('GIVEN small talk about a covered city THEN out_of_scope for that city', async () => {
    const r = await realEngine().ask({ text: 'best tacos in los angeles?' });
    expect(r.intent).toBe('out_of_scope');
    expect(r.city).toBe('los-angeles');
  });

  it('GIVEN empty input THEN help, not a crash', async () => {
    const r = await realEngine().ask({ text: '   ' });
    expect(r.intent).toBe('help');
    expect(r.answer.notices.join(' ')).toMatch(/empty/);
  });

  it('GIVEN a huge message THEN an answer that says it was truncated', async () => {
    const r = await realEngine().ask({ text: `miami fees ${'blah '.repeat(30_000)}` });
    expect(r.answer.notices.join(' ')).toMatch(/only read the beginning/);
  });
});

const hit = (id: string, title: string) => ({
  id,
  title,
  description: `${title} records`,
  type: 'dataset',
  platform: 'socrata' as const,
  portalId: 'la-socrata',
  pageUrl: `https://data.lacity.org/d/${id}`,
});

function fakeSearch(overrides: Partial<DatasetSearch> = {}): DatasetSearch & { queries: string[] } {
  const queries: string[] = [];
  return {
    queries,
    async search(_portals, query, opts) {
      queries.push(query);
      return {
        ok: true,
        total: 12,
        hits: [hit('abcd-1234', 'Parking Citations')].slice(0, opts?.limit ?? 5),
        stale: false,
        failedPortals: [],
      };
    },
    async details(_portals, id) {
      return {
        ok: true,
        stale: false,
        details: {
          ...hit(id, 'Parking Citations'),
          columns: [{ name: 'Fine', fieldName: 'fine_amount', type: 'number' }],
        },
      };
    },
    async suggest() {
      return [{ id: 'abcd-1234', title: 'Parking Citations' }];
    },
    ...overrides,
  };
}

describe('engine: datasets', () => {
  it('GIVEN "any X data in LA" THEN it searches the topic only', async () => {
    const search = fakeSearch();
    const r = await realEngine({ search }).ask({ text: 'any parking citation data in LA?' });
    expect(r.intent).toBe('find_dataset');
    expect(search.queries).toEqual(['parking citation']);
    expect(r.answer.datasets?.[0]?.id).toBe('abcd-1234');
    expect(r.answer.more).toEqual({ city: 'los-angeles', query: 'parking citation', offset: 1 });
  });

  it('GIVEN a search with no city THEN it asks which city and searches nothing', async () => {
    const search = fakeSearch();
    const r = await realEngine({ search }).ask({ text: 'is there any crime data' });
    expect(r.answer.kind).toBe('clarify');
    expect(r.city).toBe('none');
    expect(search.queries).toEqual([]);
  });

  it('GIVEN the portal fails THEN an upstream_error answer linking the portal search page', async () => {
    const search = fakeSearch({
      search: async () => ({ ok: false, error: 'unavailable', message: 'refused' }),
    });
    const r = await realEngine({ search }).ask({ text: 'kc building permits data?' });
    expect(r.answer.kind).toBe('upstream_error');
    expect(text(r.answer)).toMatch(/https:\/\/data\.kcmo\.org\/browse\?q=building%20permits/);
  });

  it('GIVEN no live search THEN the portal search page for the topic', async () => {
    const r = await realEngine().ask({ text: 'does kansas city have crime data i can pull via api' });
    expect(text(r.answer)).toMatch(/crime/);
    expect(text(r.answer)).toMatch(/data\.kcmo\.org/);
  });

  it('GIVEN a dataset id in the question THEN its details plus the dataset_id guidance', async () => {
    const r = await realEngine({ search: fakeSearch() }).ask({
      text: "what's the endpoint for dataset wxyz-9876 in LA?",
    });
    expect(r.intent).toBe('dataset_id');
    expect(r.answer.kind).toBe('dataset_details');
    expect(r.answer.dataset?.columns[0]?.fieldName).toBe('fine_amount');
    expect(r.answer.sections.length).toBe(1);
  });

  it('searchDatasets resolves multi-word and aliased city names', async () => {
    const search = fakeSearch();
    const engine = realEngine({ search });
    expect((await engine.searchDatasets({ city: 'kansas city', query: 'crime' })).city).toBe('kansas-city');
    expect((await engine.searchDatasets({ city: 'LA', query: 'trees' })).city).toBe('los-angeles');
    expect((await engine.searchDatasets({ city: 'chicago', query: 'trees' })).city).toBe('other');
    expect((await engine.searchDatasets({ city: 'los angeles county', query: 'crime' })).city).toBe('other');
    expect(search.queries).not.toContain('county crime');
  });

  it('splitCity takes the longest city name off the front', () => {
    const engine = realEngine();
    expect(engine.splitCity('kansas city crime data')).toEqual({ city: 'kansas-city', rest: 'crime data' });
    expect(engine.splitCity('los-angeles trees')).toEqual({ city: 'los-angeles', rest: 'trees' });
    // An uncovered place is kept whole, so the command answers "not covered" instead of guessing.
    expect(engine.splitCity('los angeles county crime')).toEqual({
      city: 'los angeles county',
      rest: 'crime',
    });
    expect(engine.splitCity('chicago crime')).toEqual({ city: 'chicago', rest: 'crime' });
    expect(engine.splitCity('crime data please')).toBeUndefined();
  });
});

describe('engine: empty search results', () => {
  it('GIVEN no hits THEN a nearby query and the request path are suggested', async () => {
    const search = fakeSearch({
      search: async () => ({ ok: true, total: 0, hits: [], stale: false, failedPortals: [] }),
    });
    const r = await realEngine({ search }).ask({ text: 'any sewer overflow events data in kc?' });
    expect(r.answer.kind).toBe('datasets');
    expect(text(r.answer)).toMatch(/broader search such as "sewer overflow"/);
    expect(text(r.answer)).toMatch(/ask for it/);
  });
});

describe('engine: context across small talk and uncovered places', () => {
  it('GIVEN thanks between questions THEN the pending ask survives and thanks is not for a city', async () => {
    const engine = realEngine();
    await engine.ask({ text: 'how do i get an api key in miami', conversation: 's1' });
    const thanks = await engine.ask({ text: 'hey thanks', conversation: 's1' });
    expect(thanks.intent).toBe('help');
    expect(thanks.city).toBe('none');
    const next = await engine.ask({ text: 'and for los angeles?', conversation: 's1' });
    expect([next.intent, next.city]).toEqual(['api_key', 'los-angeles']);
  });

  it('GIVEN a switch to an uncovered place THEN follow-ups stay with that place', async () => {
    const engine = realEngine();
    await engine.ask({ text: 'how do i get an api key in miami', conversation: 's2' });
    expect((await engine.ask({ text: 'what about chicago?', conversation: 's2' })).city).toBe('other');
    const fees = await engine.ask({ text: 'and fees?', conversation: 's2' });
    expect([fees.intent, fees.city]).toEqual(['fees', 'other']);
    expect(fees.answer.title).toMatch(/Chicago/);
  });

  it('GIVEN a search command without a topic THEN it asks for the topic, not the city', async () => {
    const r = await realEngine().searchDatasets({ city: 'LA', query: '' });
    expect([r.answer.kind, r.city]).toEqual(['clarify', 'los-angeles']);
    expect(r.answer.summary).toMatch(/topic/);
  });
});

describe('engine: drafts read the user well', () => {
  it('GIVEN an appeal letter request THEN an appeal draft asking for written grounds, without command words in the subject', async () => {
    const r = await realEngine().ask({ text: 'write me a letter appealing my revoked miami key' });
    expect(r.intent).toBe('draft_request');
    expect(r.answer.body).toMatch(/Subject: Request for review of an access decision/);
    expect(r.answer.body).toMatch(/written grounds/);
    expect(r.answer.body).not.toMatch(/write letter/);
  });

  it('GIVEN mentions in a draft request THEN none reach the letter', async () => {
    const r = await realEngine().ask({ text: 'draft an email to LA requesting <!channel> @everyone data' });
    expect(r.answer.body).not.toMatch(/<|!channel|everyone/);
  });
});
