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
