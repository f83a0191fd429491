import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/intents/index.js';
import type { Answer } from '../../src/knowledge/index.js';
import { realCities } from '../helpers/engine.js';
import { type Harness, harness } from '../search/helpers.js';

// The real search client against the fake portal, which is scripted to fail per test.
let h: Harness;
beforeAll(async () => {
  h = await harness({}, { maxAttempts: 1, unreachableCooldownMs: 0 });
});
afterAll(async () => h.close());
const portal = { on: (...args: Parameters<Harness['fake']['on']>) => h.fake.on(...args) };
const engine = () => createEngine({ cities: realCities(), search: h.search });

const allText = (a: Answer) =>
  [a.title, a.summary, ...a.points, ...a.notices, ...a.sections.flatMap((s) => s.points)].join('\n');

describe('dataset CITY ID with the portal unreachable', () => {
  it('GIVEN LA 2nrs-mtv8 and data.lacity.org answering 503 THEN the SODA endpoint and example from the id, saying live details failed', async () => {
    portal.on('data.lacity.org/api/views', { status: 503, json: { error: 'down' } });
    const r = await engine().datasetDetails({ city: 'LA', id: '2nrs-mtv8' });
    expect(r.answer.kind).toBe('upstream_error');
    expect(r.answer.dataset?.apiUrl).toBe('https://data.lacity.org/resource/2nrs-mtv8.json');
    expect(r.answer.dataset?.example).toContain('https://data.lacity.org/resource/2nrs-mtv8.json');
    expect(r.answer.dataset?.title).toBe('Crime Data from 2020 to Present');
    expect(allText(r.answer)).toMatch(/couldn't fetch the live details of 2nrs-mtv8/);
    expect(allText(r.answer)).toContain('https://data.lacity.org/api/views/2nrs-mtv8.json');
    expect(r.answer.sources.map((s) => s.url)).toContain(
      'https://data.lacity.org/A-Safe-City/Crime-Data-from-2020-to-Present/2nrs-mtv8',
    );
  });

  it('GIVEN KC 7at3-sxhp while the portal is down THEN the caveat names the current 311 id d4px-6rwg', async () => {
    portal.on('data.kcmo.org/api/views', { status: 503, json: { error: 'down' } });
    const r = await engine().datasetDetails({ city: 'kansas city', id: '7at3-sxhp' });
    expect(r.answer.dataset?.apiUrl).toBe('https://data.kcmo.org/resource/7at3-sxhp.json');
    expect(allText(r.answer)).toMatch(/current 311 dataset is d4px-6rwg/);
    expect(r.answer.sources.map((s) => s.url)).toContain(
      'https://data.kcmo.org/311/KCMOPS311-Data/7at3-sxhp',
    );
  });

  it('GIVEN a Miami Hub id while the item service is down THEN the item metadata address and no made-up layer endpoint', async () => {
    portal.on('www.arcgis.com', { status: 503, json: { error: { code: 503, message: 'down' } } });
    const r = await engine().datasetDetails({ city: 'miami', id: '7cc10915ede14bb58be312413842a4ce_0' });
    expect(r.answer.kind).toBe('upstream_error');
    expect(r.answer.dataset?.apiUrl).toBeUndefined();
    expect(allText(r.answer)).toContain(
      'https://www.arcgis.com/sharing/rest/content/items/7cc10915ede14bb58be312413842a4ce?f=json',
    );
    expect(allText(r.answer)).toMatch(/may be frozen/i);
  });

  it('GIVEN the portal says there is no such dataset THEN no endpoint is derived for it', async () => {
    const r = await engine().datasetDetails({ city: 'LA', id: 'zzzz-9999' });
    expect(r.answer.dataset).toBeUndefined();
    expect(allText(r.answer)).toMatch(/no dataset "zzzz-9999"|no such dataset/i);
  });

  it('GIVEN a dataset question in ask with the portal down THEN the derived endpoint plus the dataset_id guidance', async () => {
    portal.on('data.kcmo.org/api/views', { status: 503, json: { error: 'down' } });
    const r = await engine().ask({ text: 'what is the api endpoint for dataset d4px-6rwg in kansas city?' });
    expect(r.intent).toBe('dataset_id');
    expect(r.answer.dataset?.apiUrl).toBe('https://data.kcmo.org/resource/d4px-6rwg.json');
    expect(r.answer.sections[0]?.points.join('\n')).toMatch(/d4px-6rwg/);
  });
});

describe('details of a known dataset', () => {
  it('GIVEN a superseded id that the portal answers THEN the caveat still shows', async () => {
    const r = await engine().datasetDetails({ city: 'kc', id: '7at3-sxhp' });
    expect(r.answer.kind).toBe('dataset_details');
    expect(r.answer.points.join('\n')).toMatch(/d4px-6rwg/);
  });
});
