import { describe, expect, it } from 'vitest';
import { clip, codeBlock, markdownLink, neutralise, safeUrl } from '../../../src/bots/discord/text.js';

describe('neutralise', () => {
  it('breaks mass, user and role mentions with an invisible character', () => {
    const out = neutralise('@everyone @here <@1> <@!2> <@&3>');
    expect(out).not.toMatch(/@everyone|@here|<@[!&]?\d/);
    expect(out.replace(/\u200b/g, '')).toBe('@everyone @here <@1> <@!2> <@&3>');
  });

  it('escapes brackets and backslashes so no masked link forms', () => {
    expect(neutralise('[a](https://x.test)')).toBe('\\[a\\](https://x.test)');
    expect(neutralise('\\[a\\](https://x.test)')).toBe('\\\\\\[a\\\\\\](https://x.test)');
  });
});

describe('safeUrl and markdownLink', () => {
  it('accepts http(s) only and encodes parentheses that would end the link early', () => {
    expect(safeUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeUrl('not a url')).toBeUndefined();
    expect(safeUrl('https://x.test/a_(b)')).toBe('https://x.test/a_%28b%29');
  });

  it('falls back to plain text when the URL is unusable', () => {
    expect(markdownLink('Guide', 'ftp://x.test')).toBe('Guide');
    expect(markdownLink('[G]', 'https://x.test/')).toBe('[\\[G\\]](https://x.test/)');
  });
});

describe('clip', () => {
  it('leaves short text alone and cuts long text at a word with the suffix', () => {
    expect(clip('short', 10)).toBe('short');
    const out = clip('alpha beta gamma delta epsilon', 25);
    expect(out).toBe('alpha beta gamma delta…');
    expect(clip('abcdefghijklmnopqrstuvwxyz', 10)).toBe('abcdefghi…');
  });

  it('does not leave an unclosed inline code span that would swallow the suffix', () => {
    const out = clip(`see \`${'x'.repeat(50)}\` here`, 30, '… [more](https://x.test)');
    expect((out.match(/`/g) ?? []).length % 2).toBe(0);
    expect(out.endsWith('… [more](https://x.test)')).toBe(true);
  });
});

describe('clip around code blocks', () => {
  it('closes a code block it cuts into, so the suffix link stays outside it', () => {
    const out = clip(`intro\n\`\`\`\n${'code '.repeat(40)}\n\`\`\``, 80, '… [more](https://x.test)');
    expect(out.length).toBeLessThanOrEqual(80);
    expect(out.match(/```/g)).toHaveLength(2);
    expect(out.endsWith('```… [more](https://x.test)')).toBe(true);
  });

  it('drops a code block that would open right at the cut', () => {
    const out = clip(`${'word '.repeat(15)}\`\`\`\ncode\n\`\`\``, 80);
    expect(out).not.toContain('```');
    expect(out.length).toBeLessThanOrEqual(80);
  });
});

describe('codeBlock', () => {
  it('fits the limit with the fence closed', () => {
    const out = codeBlock('a'.repeat(100), 50);
    expect(out.length).toBeLessThanOrEqual(50);
    expect(out.startsWith('```\n')).toBe(true);
    expect(out.endsWith('\n…\n```')).toBe(true);
  });
});
