import { describe, expect, it } from 'vitest';
import { renderText } from '../../../src/bots/terminal/renderText.js';
import { realEngine } from '../../helpers/engine.js';

describe('renderText', () => {
  it('GIVEN a topic THEN title, summary, bullets and sources, without colour codes when plain', async () => {
    const { answer } = await realEngine().ask({ text: 'who do i contact in kansas city' });
    const text = renderText(answer);
    expect(text.split('\n')[0]).toBe(answer.title);
    expect(text).toMatch(/\n- /);
    expect(text).toMatch(/Sources:\n- /);
    expect(text).not.toMatch(/\u001b\[/);
  });

  it('GIVEN a width THEN no line of prose is longer than it', async () => {
    const { answer } = await realEngine().ask({ text: 'LA penalties' });
    const lines = renderText(answer, { width: 60, color: false }).split('\n');
    expect(lines.filter((l) => !/https?:\/\//.test(l) && l.length > 60)).toEqual([]);
  });

  it('GIVEN colour THEN the title is bold', async () => {
    const { answer } = await realEngine().ask({ text: 'miami fees' });
    expect(renderText(answer, { width: 80, color: true })).toMatch(/^\u001b\[1m/);
  });

  it('GIVEN an answer with more points than fit THEN the short view says how to see them and --full shows them', async () => {
    const { answer } = await realEngine().ask({ text: 'kc penalties' });
    const hidden = answer.rest?.points ?? [];
    expect(hidden.length).toBeGreaterThan(0);
    const short = renderText(answer, { width: 0, color: false, moreHint: 'ui.hintMore' });
    expect(short).toContain(`(${hidden.length} more point${hidden.length === 1 ? '' : 's'}: type "more")`);
    expect(short).not.toContain(hidden[0]);
    const full = renderText(answer, { width: 0, color: false, full: true });
    for (const p of hidden) expect(full).toContain(p);
    expect(full).not.toMatch(/more points?:/);
  });

  it('GIVEN per-point citations THEN each bullet ends with its numbers and only cited sources are listed', async () => {
    const { answer } = await realEngine().ask({ text: 'how do i get an api key in kansas city' });
    const text = renderText(answer);
    for (const [i, p] of answer.points.entries())
      expect(text).toContain(`- ${p} [${answer.cites![i]!.join(', ')}]`);
    const listed = [...text.matchAll(/^- \[(\d+)\] /gm)].map((m) => Number(m[1]));
    const cited = new Set([...(answer.summaryCites ?? []), ...answer.cites!.flat()]);
    expect(new Set(listed)).toEqual(cited);
  });
});

describe('renderText with hostile portal text (issue 11, finding 5)', () => {
  it('GIVEN a dataset title with OSC, CSI, C1 and bidi controls THEN none reach the text, colour codes stay ours', async () => {
    const { answer } = await realEngine().ask({ text: 'miami fees' });
    const hostile = {
      ...answer,
      title: 'Parking\u001b]0;pwned\u0007 citations\u001b[2J',
      points: ['see\u009b2J this\u202e', 'bell\u0007 and\nnewline'],
    };
    const plain = renderText(hostile);
    expect(plain).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
    expect(plain.split('\n')[0]).toBe('Parking citations');
    expect(plain).toContain('and\n');
    const coloured = renderText(hostile, { width: 80, color: true });
    expect(coloured).not.toContain('\u001b]');
    expect(coloured).not.toContain('\u001b[2J');
    expect(coloured).toMatch(/^\u001b\[1mParking citations\u001b\[0m/);
  });
});
