import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTION, MoreValueSchema, parseButtonValue } from '../../../../src/bots/slack/actionIds.js';
import { renderBlocks } from '../../../../src/bots/slack/render/index.js';
import type { Answer } from '../../../../src/knowledge/index.js';
import { INJECTIONS, makeAnswer, makeDetails, makeHit } from '../../../fakes/slackAnswers.js';
import { expectWithinLimits, liveMarkup, textNodes, totalChars } from './helpers.js';

/** Links the test answers supply; any other `<…>` in the output would be injected markup. */
const ALLOWED_LINK = /^https:\/\/(ok\.example|data\.example\.org|datahub-miamigis\.opendata\.arcgis\.com)\//;

type AnyBlock = Record<string, unknown>;
const asRecords = (blocks: unknown[]) => blocks as AnyBlock[];
const buttons = (blocks: unknown[]) =>
  asRecords(blocks)
    .filter((b) => b.type === 'actions')
    .flatMap((b) => b.elements as { action_id: string; value?: string; text: { text: string } }[]);
const mrkdwn = (blocks: unknown[]) =>
  textNodes(blocks)
    .filter((t) => t.type === 'mrkdwn')
    .map((t) => t.text)
    .join('\n');

describe('renderBlocks: a topic answer', () => {
  const answer = makeAnswer({
    points: ['First point', 'Second point'],
    sources: [
      { title: 'Open data policy', url: 'https://www.miami.gov/policy' },
      { title: 'Printed guide (no link)' },
    ],
  });
  const { text, blocks } = renderBlocks(answer);

  it('opens with a plain-text header carrying the title', () => {
    expect(blocks[0]).toEqual({
      type: 'header',
      text: { type: 'plain_text', text: answer.title, emoji: true },
    });
  });

  it('shows the summary and each point as a bullet', () => {
    const body = mrkdwn(blocks);
    expect(body).toContain(answer.summary);
    expect(body).toContain('• First point\n• Second point');
  });

  it('links sources that have a URL and names those without one', () => {
    const sources = textNodes(blocks).find((t) => t.text.startsWith('*Sources:*'));
    expect(sources?.text).toBe(
      '*Sources:* <https://www.miami.gov/policy|Open data policy> · Printed guide (no link)',
    );
  });

  it('offers 👍 and 👎 buttons that carry the kind, intent and city, not the text', () => {
    const fb = buttons(blocks).filter((b) => b.action_id.startsWith('opendata_feedback_'));
    expect(fb.map((b) => b.action_id)).toEqual([ACTION.feedbackUp, ACTION.feedbackDown]);
    expect(JSON.parse(fb[0]!.value!)).toEqual({ kind: 'topic', intent: 'contact', city: 'miami' });
  });

  it('always has a plain fallback text with the title and summary', () => {
    expect(text).toContain(answer.title);
    expect(text).toContain(answer.summary);
  });

  it('has no share button unless asked for one, and can drop feedback', () => {
    expect(buttons(blocks).some((b) => b.action_id === ACTION.share)).toBe(false);
    const shared = renderBlocks(answer, { shareId: 'share-1', feedback: false });
    expect(buttons(shared.blocks).map((b) => [b.action_id, b.value])).toEqual([[ACTION.share, 'share-1']]);
  });

  it('names who shared an answer publicly', () => {
    const shared = renderBlocks(answer, { sharedBy: 'U0USER001' });
    expect(mrkdwn(shared.blocks)).toContain('Shared by <@U0USER001>');
  });
});

describe('renderBlocks: other kinds', () => {
  it('renders a clarify answer as one button per city whose value is the next question', () => {
    const answer = makeAnswer({
      kind: 'clarify',
      city: 'none',
      choices: [
        { label: 'City of Miami', value: 'api key in Miami' },
        { label: 'Kansas City', value: 'api key in Kansas City' },
      ],
    });
    const choice = buttons(renderBlocks(answer).blocks).filter((b) =>
      b.action_id.startsWith('opendata_choose_'),
    );
    expect(choice.map((b) => [b.action_id, b.text.text, b.value])).toEqual([
      ['opendata_choose_0', 'City of Miami', 'api key in Miami'],
      ['opendata_choose_1', 'Kansas City', 'api key in Kansas City'],
    ]);
  });

  it('lists datasets compactly with linked title, ID, updated date and a More results button', () => {
    const answer = makeAnswer({
      kind: 'datasets',
      datasets: [makeHit(1), makeHit(2, { updatedAt: undefined, apiUrl: undefined })],
      total: 40,
      more: { city: 'miami', query: 'crime', offset: 2 },
    });
    const { blocks } = renderBlocks(answer);
    const body = mrkdwn(blocks);
    expect(body).toContain(
      '• *<https://data.example.org/d/abcd-1001|Dataset number 1>* `abcd-1001` · dataset · updated 2024-05-01 · <https://data.example.org/resource/abcd-1001.json|API>',
    );
    expect(body).toContain(
      '• *<https://data.example.org/d/abcd-1002|Dataset number 2>* `abcd-1002` · dataset\n',
    );
    expect(body).toContain('Showing 2 of 40 results');
    const more = buttons(blocks).find((b) => b.action_id === ACTION.more);
    expect(parseButtonValue(MoreValueSchema, more?.value)).toEqual({
      city: 'miami',
      query: 'crime',
      offset: 2,
    });
  });

  it("GIVEN a hit with category, license and another organisation's label and an upper-bound total THEN all show", () => {
    const answer = makeAnswer({
      kind: 'datasets',
      datasets: [
        makeHit(1, {
          category: 'Transportation',
          license: 'Public Domain',
          notCityOwn: 'Published by metro, not the City.',
        }),
      ],
      total: 30,
      totalUpperBound: true,
    });
    const body = mrkdwn(renderBlocks(answer).blocks);
    expect(body).toContain('updated 2024-05-01 · Transportation · license: Public Domain · <https://');
    expect(body).toContain('_Published by metro, not the City._');
    expect(body).toContain('Showing 1 of up to 30 results');
  });

  it('has no More results button when the engine says there are no more', () => {
    const answer = makeAnswer({ kind: 'datasets', datasets: [makeHit(1)], total: 1 });
    expect(buttons(renderBlocks(answer).blocks).some((b) => b.action_id === ACTION.more)).toBe(false);
  });

  it('shows dataset details as fields, a column list and the example request in a code block', () => {
    const answer = makeAnswer({ kind: 'dataset_details', dataset: makeDetails() });
    const { blocks } = renderBlocks(answer);
    const fields = asRecords(blocks).find((b) => Array.isArray(b.fields))?.fields as { text: string }[];
    expect(fields.map((f) => f.text)).toContain('*ID*\n`abcd-1001`');
    expect(fields.map((f) => f.text)).toContain('*Rows*\n12,345');
    const body = mrkdwn(blocks);
    expect(body).toContain('• `reported_date` Reported date (calendar_date) — When filed');
    expect(body).toContain("```\ncurl 'https://data.example.org/resource/abcd-1001.json?$limit=5'\n```");
  });

  it('puts a drafted letter in a code block, line breaks kept', () => {
    const answer = makeAnswer({ kind: 'draft', body: 'Dear records officer,\n\nI request <records>.' });
    expect(mrkdwn(renderBlocks(answer).blocks)).toContain(
      '```\nDear records officer,\n\nI request &lt;records&gt;.\n```',
    );
  });

  it('shows one section per city for multi-city answers', () => {
    const answer = makeAnswer({
      points: [],
      sections: [
        { heading: 'Miami', points: ['m1'] },
        { heading: 'Kansas City', summary: 'KC summary', points: ['k1'] },
      ],
    });
    const body = mrkdwn(renderBlocks(answer).blocks);
    expect(body).toContain('*Miami*\n• m1');
    expect(body).toContain('*Kansas City*\nKC summary\n• k1');
  });
});

describe('renderBlocks: escaping', () => {
  it('makes every injection string inert wherever it appears', () => {
    for (const evil of INJECTIONS) {
      const answer = makeAnswer({
        title: `T ${evil}`,
        summary: `S ${evil}`,
        points: [`P ${evil}`],
        sections: [{ heading: `H ${evil}`, summary: evil, points: [evil] }],
        notices: [evil],
        body: evil,
        datasets: [makeHit(1, { title: evil, id: evil, type: evil })],
        dataset: makeDetails({ title: evil, description: evil, license: evil, example: evil }),
        choices: [{ label: evil, value: evil }],
        sources: [{ title: evil, url: 'https://ok.example/' }, { title: evil }],
      });
      const { text, blocks } = renderBlocks(answer);
      for (const t of [
        text,
        ...textNodes(blocks)
          .filter((n) => n.type === 'mrkdwn')
          .map((n) => n.text),
      ]) {
        for (const markup of liveMarkup(t)) {
          // The only live markup left is a link the renderer built to a URL the answer supplied.
          expect(markup).toMatch(ALLOWED_LINK);
        }
        expect(t).not.toContain('<!');
        expect(t).not.toContain('<@');
        expect(t).not.toContain('<#');
      }
    }
  });

  it('escapes & < > as entities so the text reads as typed', () => {
    const { blocks } = renderBlocks(makeAnswer({ summary: 'fees & fines <see below>' }));
    expect(mrkdwn(blocks)).toContain('fees &amp; fines &lt;see below&gt;');
  });

  it('refuses non-http links and keeps a URL from breaking out of its link', () => {
    const answer = makeAnswer({
      sources: [
        { title: 'script', url: 'javascript:alert(1)' },
        { title: 'pipe', url: 'https://ok.example/a|b>c' },
      ],
    });
    const sources = textNodes(renderBlocks(answer).blocks).find((t) => t.text.startsWith('*Sources:*'));
    expect(sources?.text).toBe('*Sources:* script · <https://ok.example/a%7Cb%3Ec|pipe>');
  });
});

describe('renderBlocks: limits', () => {
  const longest: Answer = makeAnswer({
    title: 'T'.repeat(500),
    summary: 'S & '.repeat(2000),
    points: Array.from({ length: 200 }, (_, i) => `point ${i} ${'x'.repeat(3500)}`),
    sections: Array.from({ length: 20 }, (_, i) => ({
      heading: `Section ${i}`,
      points: Array.from({ length: 30 }, () => 'y'.repeat(400)),
    })),
    notices: Array.from({ length: 30 }, () => 'n'.repeat(300)),
    body: 'letter line\n'.repeat(5000),
    datasets: Array.from({ length: 50 }, (_, i) => makeHit(i, { title: 'D'.repeat(400) })),
    total: 5000,
    more: { city: 'miami', query: 'q'.repeat(3000), offset: 50 },
    dataset: makeDetails({
      columns: Array.from({ length: 400 }, (_, i) => ({
        name: `Column ${i}`,
        fieldName: `col_${i}`,
        type: 'text',
        description: 'd'.repeat(500),
      })),
      example: 'curl x\n'.repeat(2000),
      license: 'L'.repeat(5000),
    }),
    choices: Array.from({ length: 40 }, (_, i) => ({
      label: `Choice ${i} ${'c'.repeat(100)}`,
      value: `v${i}`,
    })),
    sources: Array.from({ length: 40 }, (_, i) => ({
      title: 'src'.repeat(100),
      url: `https://ok.example/${i}`,
    })),
  });

  it('keeps the longest possible answer within every Slack limit', () => {
    const { text, blocks } = renderBlocks(longest, { shareId: 'share-1' });
    expectWithinLimits(blocks, text);
  });

  it('ends a shortened answer with a pointer to the first source, then keeps the buttons', () => {
    const { blocks } = renderBlocks(longest, { shareId: 'share-1' });
    const notice = textNodes(blocks).find((t) => t.text.startsWith('_This answer was shortened'));
    expect(notice?.text).toContain('<https://ok.example/0|');
    const last = asRecords(blocks).at(-1)!;
    expect(last.type).toBe('actions');
    expect(buttons(blocks).map((b) => b.action_id)).toEqual(
      expect.arrayContaining([ACTION.more, ACTION.share, ACTION.feedbackUp, ACTION.feedbackDown]),
    );
  });

  it('fits 50 search results, and when some do not fit, More results starts at the first hidden one', () => {
    const hits = Array.from({ length: 50 }, (_, i) =>
      makeHit(i, {
        title: `A rather long dataset title number ${i} `.repeat(3),
        pageUrl: `https://data.example.org/d/${'p'.repeat(150)}${i}`,
      }),
    );
    const answer = makeAnswer({
      kind: 'datasets',
      datasets: hits,
      total: 500,
      more: { city: 'miami', query: 'crime', offset: 50 },
    });
    const { text, blocks } = renderBlocks(answer);
    expectWithinLimits(blocks, text);
    const shownLines = mrkdwn(blocks)
      .split('\n')
      .filter((l) => l.startsWith('• *<https://data.example.org/d/'));
    expect(shownLines.length).toBeGreaterThan(10);
    expect(shownLines.length).toBeLessThan(50);
    const more = parseButtonValue(
      MoreValueSchema,
      buttons(blocks).find((b) => b.action_id === ACTION.more)?.value,
    );
    expect(more?.offset).toBe(shownLines.length);
    expect(mrkdwn(blocks)).toContain(`Showing ${shownLines.length} of 500 results`);
  });

  it('shows all 50 results of a short-titled page without cutting', () => {
    const answer = makeAnswer({
      kind: 'datasets',
      datasets: Array.from({ length: 50 }, (_, i) => makeHit(i)),
    });
    const { blocks } = renderBlocks(answer);
    expect(mrkdwn(blocks).match(/^• \*</gm)?.length).toBe(50);
    expect(mrkdwn(blocks)).not.toContain('shortened');
    expect(totalChars(blocks)).toBeLessThanOrEqual(12_000);
  });

  it('holds the limits and leaves no live markup for arbitrary answers', () => {
    const str = fc.oneof(
      fc.string({ maxLength: 400 }),
      fc.constantFrom(...INJECTIONS),
      fc.string({ maxLength: 4000 }),
    );
    const answerArb = fc.record({
      title: str,
      summary: str,
      points: fc.array(str, { maxLength: 60 }),
      notices: fc.array(str, { maxLength: 5 }),
      sections: fc.array(fc.record({ heading: str, points: fc.array(str, { maxLength: 10 }) }), {
        maxLength: 8,
      }),
      body: fc.option(str, { nil: undefined }),
      titles: fc.array(str, { maxLength: 50 }),
      choices: fc.array(fc.record({ label: str, value: fc.string({ maxLength: 100 }) }), { maxLength: 15 }),
    });
    fc.assert(
      fc.property(answerArb, (a) => {
        const answer = makeAnswer({
          title: a.title,
          summary: a.summary,
          points: a.points,
          notices: a.notices,
          sections: a.sections,
          body: a.body,
          choices: a.choices,
          datasets: a.titles.map((t, i) => makeHit(i, { title: t })),
        });
        const { text, blocks } = renderBlocks(answer);
        expectWithinLimits(blocks, text);
        for (const t of [
          text,
          ...textNodes(blocks)
            .filter((n) => n.type === 'mrkdwn')
            .map((n) => n.text),
        ]) {
          for (const markup of liveMarkup(t)) expect(markup).toMatch(ALLOWED_LINK);
        }
      }),
      { numRuns: 150 },
    );
  });
});
