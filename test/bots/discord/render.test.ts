import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActionStore, decodeCustomId, renderEmbeds } from '../../../src/bots/discord/index.js';
import type { Answer, DatasetHit } from '../../../src/knowledge/index.js';
import { embedTotal, messageViolations } from '../../fakes/discordLimits.js';
import { renderedLinks, renderedMentions } from './markdown.js';

function answer(partial: Partial<Answer> = {}): Answer {
  return {
    kind: 'topic',
    intent: 'contact',
    city: 'miami',
    title: 'Who to contact',
    summary: 'Summary.',
    points: [],
    sections: [],
    choices: [],
    notices: [],
    sources: [{ title: 'Guide', url: 'https://example.test/guide' }],
    confidence: 0.9,
    ...partial,
  };
}

function hit(n: number, extra: Partial<DatasetHit> = {}): DatasetHit {
  return {
    id: `abcd-${String(n).padStart(4, '0')}`,
    title: `Dataset ${n}`,
    description: `About ${n}`,
    type: 'dataset',
    updatedAt: '2025-06-01T00:00:00Z',
    pageUrl: `https://example.test/d/${n}`,
    platform: 'socrata',
    portalId: 'p',
    ...extra,
  };
}

const allText = (p: ReturnType<typeof renderEmbeds>) =>
  [
    p.content,
    ...p.embeds.flatMap((e) => [
      e.title ?? '',
      e.description ?? '',
      e.footer?.text ?? '',
      ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
    ]),
  ].join('\n');

const ATTACKS = [
  '@everyone',
  '@here',
  '@EVERYONE',
  '<@123456789012345678>',
  '<@!123456789012345678>',
  '<@&123456789012345678>',
  '[totally safe](https://evil.example/a)',
  '\\[escaped\\](https://evil.example/b)',
  '[x](<https://evil.example/c>)',
  '\\\\[double](https://evil.example/d)',
];

describe('renderEmbeds: no pings, no masked links from untrusted text', () => {
  const attack = ATTACKS.join(' ');
  const payload = renderEmbeds(
    answer({
      title: attack,
      summary: attack,
      points: [attack],
      sections: [{ heading: attack, summary: attack, points: [attack] }],
      notices: [attack],
      sources: [
        { title: attack, url: 'https://example.test/guide' },
        { title: 'bad scheme', url: 'javascript:alert(1)' },
      ],
      datasets: [hit(1, { title: attack, description: attack, type: attack, id: `x\`${attack}` })],
      total: 1,
    }),
  );
  const text = allText(payload);

  it('shows no mention that Discord would render', () => {
    expect(renderedMentions(text)).toEqual([]);
  });

  it('renders only the links it built itself', () => {
    const links = renderedLinks(text);
    expect(links.length).toBeGreaterThan(0);
    for (const url of links) expect(url).toMatch(/^https:\/\/example\.test\//);
  });

  it('keeps the words visible, and never drops mentions to nothing', () => {
    expect(payload.embeds[0]?.description).toContain('totally safe');
    expect(payload.embeds[0]?.description).toContain('everyone');
  });

  it('asks Discord to parse no mentions at all', () => {
    expect(payload.allowed_mentions).toEqual({ parse: [] });
  });
});

describe('renderEmbeds: limits', () => {
  it('cuts a long summary with a link to the source, within 4096', () => {
    const p = renderEmbeds(answer({ summary: 'word '.repeat(3000) }));
    const d = p.embeds[0]!.description!;
    expect(d.length).toBeLessThanOrEqual(4096);
    expect(d.endsWith('… [more](https://example.test/guide)')).toBe(true);
  });

  it('cuts with a plain ellipsis when no link is known', () => {
    const p = renderEmbeds(answer({ title: 't'.repeat(500), summary: 's'.repeat(5000), sources: [] }));
    expect(p.embeds[0]!.title!.length).toBe(256);
    expect(p.embeds[0]!.description!.endsWith('…')).toBe(true);
    expect(messageViolations(p)).toEqual([]);
  });

  it('keeps at most 25 fields and says how many were left out', () => {
    const hits = Array.from({ length: 40 }, (_, i) => hit(i + 1));
    const p = renderEmbeds(answer({ kind: 'datasets', datasets: hits, total: 400 }));
    const fields = p.embeds[0]!.fields!;
    expect(fields.length).toBeLessThanOrEqual(25);
    expect(fields.at(-1)!.name).toBe('More');
    expect(fields.at(-1)!.value).toMatch(/^\d+ more not shown/);
    expect(messageViolations(p)).toEqual([]);
  });

  it('never splits a surrogate pair or leaves a dangling escape when cutting', () => {
    const p = renderEmbeds(answer({ title: `${'😀'.repeat(200)}`, summary: '\\'.repeat(9000) }));
    const title = p.embeds[0]!.title!;
    expect(title).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    const body = p.embeds[0]!.description!.replace(/… \[more\]\(.*\)$/, '');
    expect((/\\+$/.exec(body)?.[0].length ?? 0) % 2).toBe(0);
  });

  it('keeps a drafted letter in a closed code block even when it tries to break out', () => {
    const p = renderEmbeds(
      answer({
        kind: 'draft',
        intent: 'draft_request',
        body: 'Dear clerk,\n```\n@everyone [x](https://evil.example)\n```',
      }),
    );
    const d = p.embeds[0]!.description!;
    expect(d.match(/```/g)).toHaveLength(2);
    expect(d.endsWith('```')).toBe(true);
    expect(d).toContain('Dear clerk,');
  });

  it("closes a long letter's code block after cutting it", () => {
    const p = renderEmbeds(answer({ kind: 'draft', intent: 'draft_request', body: 'line\n'.repeat(2000) }));
    const d = p.embeds[0]!.description!;
    expect(d.length).toBeLessThanOrEqual(4096);
    expect(d.match(/```/g)).toHaveLength(2);
    expect(d.endsWith('\n…\n```')).toBe(true);
  });

  it('keeps a long letter readable and closed when many sources compete for room', () => {
    const sources = Array.from({ length: 30 }, (_, i) => ({
      title: `Source ${i}`,
      url: `https://example.test/${i}`,
    }));
    const p = renderEmbeds(
      answer({
        kind: 'draft',
        intent: 'draft_request',
        summary: 's '.repeat(900),
        body: 'line\n'.repeat(2000),
        sources,
      }),
    );
    const d = p.embeds[0]!.description!;
    expect(d.match(/```/g)).toHaveLength(2);
    expect(d.endsWith('\n…\n```')).toBe(true);
    expect(d.length).toBeGreaterThan(2000);
    expect(messageViolations(p)).toEqual([]);
    expect(p.embeds[0]!.fields!.at(-1)!.name).toBe('Sources');
  });

  it('stays within every limit for arbitrary answers', () => {
    const str = fc.string({ unit: 'grapheme', maxLength: 3000 });
    const arb = fc.record({
      title: str,
      summary: fc.string({ maxLength: 8000 }),
      points: fc.array(str, { maxLength: 30 }),
      sections: fc.array(fc.record({ heading: str, points: fc.array(str, { maxLength: 5 }) }), {
        maxLength: 30,
      }),
      choices: fc.array(fc.record({ label: str, value: str }), { maxLength: 30 }),
      notices: fc.array(str, { maxLength: 5 }),
      hits: fc.array(
        fc.record({ title: str, description: str, id: fc.string({ minLength: 1, maxLength: 200 }) }),
        {
          maxLength: 40,
        },
      ),
      body: fc.option(fc.string({ maxLength: 6000 }), { nil: undefined }),
      query: str,
    });
    fc.assert(
      fc.property(arb, (a) => {
        const p = renderEmbeds(
          answer({
            ...a,
            kind: a.choices.length ? 'clarify' : 'datasets',
            datasets: a.hits.map((h, i) => hit(i, h)),
            total: 1000,
            more: { city: 'miami', query: a.query, offset: 10 },
          }),
        );
        expect(messageViolations(p)).toEqual([]);
        expect(embedTotal(p.embeds)).toBeLessThanOrEqual(6000);
        expect(p.content.length).toBeLessThanOrEqual(2000);
      }),
      { numRuns: 150 },
    );
  });
});

describe('renderEmbeds: content and components', () => {
  it('renders title, summary, points, sources as links and a footer', () => {
    const p = renderEmbeds(
      answer({
        points: ['One.', 'Two.'],
        sources: [{ title: 'Guide', url: 'https://example.test/guide' }, { title: 'Plain' }],
      }),
    );
    const e = p.embeds[0]!;
    expect(e.title).toBe('Who to contact');
    expect(e.description).toBe('Summary.\n\n• One.\n• Two.');
    expect(e.fields).toEqual([{ name: 'Sources', value: '• [Guide](https://example.test/guide)\n• Plain' }]);
    expect(e.footer?.text).toBe('civic-data-bot');
  });

  it('renders multi-city sections as fields', () => {
    const p = renderEmbeds(
      answer({
        sections: [
          { heading: 'Miami', points: ['M1'] },
          { heading: 'Kansas City', summary: 'KC', points: ['K1'] },
        ],
      }),
    );
    expect(p.embeds[0]!.fields!.slice(0, 2)).toEqual([
      { name: 'Miami', value: '• M1' },
      { name: 'Kansas City', value: 'KC\n• K1' },
    ]);
  });

  it('turns a clarify answer into city buttons (deduplicated) and no feedback buttons', () => {
    const store = createActionStore();
    const p = renderEmbeds(
      answer({
        kind: 'clarify',
        choices: [
          { label: 'Miami', value: 'contact in Miami' },
          { label: 'Miami again', value: 'contact in Miami' },
          { label: 'Kansas City', value: 'contact in Kansas City' },
        ],
      }),
      { actions: store },
    );
    expect(p.components).toHaveLength(1);
    const buttons = p.components[0]!.components;
    expect(buttons.map((b) => ('label' in b ? b.label : ''))).toEqual(['Miami', 'Kansas City']);
    const id = 'custom_id' in buttons[1]! ? buttons[1]!.custom_id : '';
    expect(decodeCustomId(id, store)).toEqual({
      ok: true,
      action: { kind: 'ask', text: 'contact in Kansas City' },
    });
  });

  it('caps clarify choices at four rows so the fifth stays free', () => {
    const choices = Array.from({ length: 30 }, (_, i) => ({ label: `C${i}`, value: `q ${i}` }));
    const p = renderEmbeds(answer({ kind: 'clarify', choices }));
    expect(p.components).toHaveLength(4);
    expect(p.components.flatMap((r) => r.components)).toHaveLength(20);
  });

  it('adds "More results" that decodes to the next page, even for a long query', () => {
    const store = createActionStore();
    const query = `building permits ${'x'.repeat(150)}`;
    const p = renderEmbeds(
      answer({
        kind: 'datasets',
        datasets: [hit(1)],
        total: 9,
        more: { city: 'kansas-city', query, offset: 5 },
      }),
      { actions: store },
    );
    const row = p.components.at(-1)!.components;
    expect(row.map((b) => ('label' in b && b.label ? b.label : 'emoji' in b ? b.emoji?.name : ''))).toEqual([
      'More results',
      '👍',
      '👎',
    ]);
    const id = 'custom_id' in row[0]! ? row[0]!.custom_id : '';
    expect(id.length).toBeLessThanOrEqual(100);
    expect(decodeCustomId(id, store)).toEqual({
      ok: true,
      action: { kind: 'more', city: 'kansas-city', query, offset: 5 },
    });
  });

  it('numbers a later page of results from its offset and says which results these are', () => {
    const p = renderEmbeds(
      answer({
        kind: 'datasets',
        datasets: [hit(6), hit(7)],
        total: 20,
        more: { city: 'miami', query: 'q', offset: 7 },
      }),
    );
    expect(p.embeds[0]!.fields!.map((f) => f.name).slice(0, 2)).toEqual(['6. Dataset 6', '7. Dataset 7']);
    expect(p.embeds[0]!.footer?.text).toBe('civic-data-bot · results 6–7 of 20');
  });

  it("GIVEN a hit with category, license and another organisation's label and an upper-bound total THEN all show", () => {
    const p = renderEmbeds(
      answer({
        kind: 'datasets',
        datasets: [
          {
            ...hit(1),
            category: 'Transportation',
            license: 'Public Domain',
            notCityOwn: 'Published by metro, not the City.',
          },
        ],
        total: 30,
        totalUpperBound: true,
        more: { city: 'los-angeles', query: 'q', offset: 1 },
      }),
    );
    const value = p.embeds[0]!.fields![0]!.value;
    expect(value).toContain('Transportation · license: Public Domain');
    expect(value).toContain('*Published by metro, not the City.*');
    expect(p.embeds[0]!.footer?.text).toBe('civic-data-bot · results 1–1 of up to 30');
  });

  it('shows dataset details with a page link, columns and an example request', () => {
    const p = renderEmbeds(
      answer({
        kind: 'dataset_details',
        intent: 'dataset_id',
        dataset: {
          ...hit(3),
          columns: Array.from({ length: 200 }, (_, i) => ({
            name: `Col ${i}`,
            fieldName: `col_${i}`,
            type: 'text',
          })),
          example: 'curl "https://example.test/resource/abcd-0003.json?$limit=5"',
          rowCount: 98765,
        },
      }),
    );
    const e = p.embeds[0]!;
    expect(e.url).toBe('https://example.test/d/3');
    const cols = e.fields!.find((f) => f.name === 'Columns (200)')!;
    expect(cols.value.length).toBeLessThanOrEqual(1024);
    expect(cols.value).toMatch(/…and \d+ more$/);
    expect(e.fields!.find((f) => f.name === 'Rows')?.value).toBe('98,765');
    expect(e.fields!.find((f) => f.name === 'Example request')?.value).toBe(
      '```\ncurl "https://example.test/resource/abcd-0003.json?$limit=5"\n```',
    );
  });
});
