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
