import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/intents/index.js';
import type { Answer } from '../../src/knowledge/index.js';
import { realCities, realEngine } from '../helpers/engine.js';
import { useLiveSearch } from '../helpers/liveSearch.js';

/** Asks each line in one conversation; returns the last answer. */
async function converse(
  lines: string[],
  engine = realEngine(),
  conversation = 'draft-test',
): Promise<Answer> {
  let last: Answer | undefined;
  for (const text of lines) last = (await engine.ask({ text, conversation })).answer;
  return last!;
}

const subject = (a: Answer) => /^Subject: (.*)$/m.exec(a.body ?? '')?.[1] ?? '';
const brackets = (text: string) => [...new Set(text.match(/\[[^\]]+\]/g) ?? [])];

describe('drafts use what the conversation established', () => {
  it('GIVEN a revoked key and its date THEN "draft that for me" is an appeal to the appeal office, dated', async () => {
    const a = await converse(['my kc api key got revoked on March 3, can I appeal?', 'draft that for me']);
    expect(a.kind).toBe('draft');
    expect(a.body).toMatch(/^To: Innovation & Technology department/);
    expect(subject(a)).toBe('Request for review of an access decision');
    expect(a.body).toMatch(/decision to revoke my API key on March 3\./);
    expect(a.body).not.toMatch(/\[date of the decision\]/);
    expect(a.body).toMatch(/written grounds/);
  });

  it('GIVEN a denial with no date THEN the date is a blank, listed after the draft', async () => {
    const a = await converse(['they denied my request for miami data, what now?', 'can you write the email']);
    expect(a.body).toMatch(/review of the decision to deny my access/);
    expect(a.summary).toMatch(/\[date of the decision\]/);
  });

  it('GIVEN a key question with name, organisation, volume and purpose THEN the key request is filled in', async () => {
    const a = await converse([
      'im Ana from Code for KC. how do i get an api key for kc? we expect 20k requests per day for our transit app',
      'draft that for me',
    ]);
    expect(subject(a)).toBe('API key request');
    expect(a.body).toMatch(/request an API key .* for our transit app\./);
    expect(a.body).toMatch(/Access volume.*: 20k requests per day/);
    expect(a.body).toMatch(/\nAna, Code for KC\n/);
    expect(a.body).not.toMatch(/\[your name\]|\[access volume\]|\[intended use/);
    // A key letter does not ask for sample rows of a dataset nobody named.
    expect(a.body).not.toMatch(/Sample rows/);
  });

  it('GIVEN restricted data and a research purpose THEN the letter keeps both, never "access to access to"', async () => {
    const a = await converse([
      'I need the restricted police incident data in miami for a research project on response times',
      'can you write the email',
    ]);
    expect(a.body).toMatch(
      /request access to police incident data \(not public\) for a research project on response times\./,
    );
    expect(a.body).toMatch(/Intended use \(data-use statement\): a research project on response times/);
    expect(a.body).not.toMatch(/access to access to/);
  });

  it('GIVEN a search that found a topic THEN the draft names that topic instead of a [dataset] blank', async () => {
    const a = await converse(['any street tree data in LA?', 'can you write the email']);
    expect(a.city).toBe('los-angeles');
    expect(subject(a)).toMatch(/street tree/);
    expect(a.body).not.toMatch(/\[dataset name/);
  });

  it('GIVEN a search, then the purpose in its own message THEN the letter has both, the purpose not taken for a dataset', async () => {
    const a = await converse([
      'any street tree data in LA?',
      'we need it for a research project on urban heat',
      'can you write the email',
    ]);
    expect(subject(a)).toBe('Data access request: street tree data');
    expect(a.body).toMatch(/access to street tree data for a research project on urban heat\./);
  });

  const miamiResearch =
    'I need the restricted police incident data in miami for a research project on response times';

  it('GIVEN a talk about Miami then another LA question THEN the LA letter keeps the purpose, not the Miami dataset', async () => {
    const a = await converse([miamiResearch, 'who do i contact in LA?', 'draft a request to LA']);
    expect(a.city).toBe('los-angeles');
    expect(a.body).toMatch(/a research project on response times/);
    expect(a.body).not.toMatch(/police incident/);
  });

  it('GIVEN "what about LA?" after a search THEN the LA letter names the topic as the user put it', async () => {
    const a = await converse([miamiResearch, 'what about LA?', 'can you write the email']);
    expect(a.city).toBe('los-angeles');
    expect(subject(a)).toBe('Data access request: police incident data');
  });
});

describe('drafts never build a subject from stray words', () => {
  it.each([
    ['write me a letter for kc'],
    ['draft that for me in kc'],
    ['kc: can you write the email for me'],
    ['pls draft something for me to send to LA'],
  ])('GIVEN "%s" THEN the subject names no "me", "kc" or "for me"', async (q) => {
    const a = await converse([q]);
    expect(a.kind).toBe('draft');
    expect(subject(a)).not.toMatch(/\b(me|kc|for me|la|something)\b/i);
    expect(a.body).not.toMatch(/request(?: access to)? (me|kc|for me)\b/i);
  });
});

describe("drafts use only the city's own guide's terms", () => {
  const asks = [
    'draft a request for an api key',
    'draft a request to publish street tree data',
    'draft a request for access to the restricted crime data',
    'draft an appeal of my revoked key',
  ];
  it.each(['miami', 'los angeles'])(
    'GIVEN %s THEN no letter mentions a data-sharing agreement',
    async (city) => {
      for (const ask of asks) {
        const a = await converse([`${ask} in ${city}`], realEngine(), `terms-${city}-${ask}`);
        expect(a.kind, ask).toBe('draft');
        expect(`${a.summary}\n${a.body}`, ask).not.toMatch(/data-sharing agreement/i);
      }
    },
  );

  it('GIVEN Kansas City THEN its own term (data-sharing agreement) is asked about', async () => {
    const a = await converse(['draft a request for access to the restricted crime data in kc']);
    expect(a.body).toMatch(/whether a data-sharing agreement will be required/);
  });

  it('GIVEN any draft THEN every [blank] in the letter is listed after it, and only those', async () => {
    for (const q of [
      'write me a letter for kc',
      'draft an appeal of my revoked key in LA',
      'draft a miami api key request',
    ]) {
      const a = await converse([q], realEngine(), q);
      expect(brackets(a.summary).sort(), q).toEqual(brackets(a.body ?? '').sort());
    }
  });
});

describe('drafts after live dataset answers', () => {
  const live = useLiveSearch();

  it("GIVEN a search then one dataset's details THEN the access request names its title and id", async () => {
    const engine = createEngine({ cities: realCities(), search: live.search() });
    const found = await engine.searchDatasets({
      city: 'kansas-city',
      query: 'crime',
      conversation: 'live-draft',
    });
    const hit = found.answer.datasets![0]!;
    const details = await engine.datasetDetails({
      city: 'kansas-city',
      id: hit.id,
      conversation: 'live-draft',
    });
    const title = details.answer.dataset!.title;
    const a = (await engine.ask({ text: 'can you write the email', conversation: 'live-draft' })).answer;
    expect(subject(a)).toBe(`Data access request: ${title} (dataset ID ${hit.id})`);
    expect(a.body).toMatch(
      new RegExp(`Dataset name and scope: ${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
    );
  });

  it('GIVEN a search with many results THEN the request names the topic searched', async () => {
    const engine = createEngine({ cities: realCities(), search: live.search() });
    await engine.ask({ text: 'any crime data for kansas city?', conversation: 'live-topic' });
    const a = (await engine.ask({ text: 'draft that for me', conversation: 'live-topic' })).answer;
    expect(subject(a)).toBe('Data access request: crime data');
  });
});
