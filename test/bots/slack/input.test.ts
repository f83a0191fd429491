import { describe, expect, it } from 'vitest';
import { parseOpendataCommand, questionText } from '../../../src/bots/slack/input.js';

describe('questionText', () => {
  it('strips the leading bot mention, with or without a label', () => {
    expect(questionText('<@UBOT1> who do I contact?', 'UBOT1')).toBe('who do I contact?');
    expect(questionText('<@UBOT1|civic>: fees in KC', 'UBOT1')).toBe('fees in KC');
  });

  it('keeps a leading mention of someone else out of the question but does not treat it as the bot', () => {
    expect(questionText('<@UOTHER> asked about fees', 'UBOT1')).toBe('asked about fees');
  });

  it('turns Slack entities back into the characters typed', () => {
    expect(questionText('crime &amp; safety &lt;2024&gt;')).toBe('crime & safety <2024>');
  });

  it('keeps what a person typed for an autolinked URL, and both parts of a labelled link', () => {
    expect(questionText('is <http://data.kcmo.org|data.kcmo.org> the portal?')).toBe(
      'is data.kcmo.org the portal?',
    );
    expect(questionText('<https://evil.example|free keys> now')).toBe('free keys https://evil.example now');
    expect(questionText('mail <mailto:a@b.org|a@b.org>')).toBe('mail a@b.org');
  });

  it('drops broadcast mentions and names channels', () => {
    expect(questionText('<!channel> <!subteam^S1|@admins> see <#C123|open-data>')).toBe('see #open-data');
  });
});

describe('parseOpendataCommand', () => {
  it('reads the sub-command word case-insensitively and keeps the rest for the engine', () => {
    expect(parseOpendataCommand('Search kansas city crime')).toEqual({
      type: 'search',
      text: 'kansas city crime',
    });
    expect(parseOpendataCommand('dataset miami abcd-1234')).toEqual({
      type: 'dataset',
      text: 'miami abcd-1234',
    });
  });

  it('treats help and an empty command as help', () => {
    expect(parseOpendataCommand('help')).toEqual({ type: 'ask', text: 'help' });
    expect(parseOpendataCommand('   ')).toEqual({ type: 'ask', text: 'help' });
  });

  it('treats anything else, and a bare sub-command word, as a question', () => {
    expect(parseOpendataCommand('help me find fees in Miami')).toEqual({
      type: 'ask',
      text: 'help me find fees in Miami',
    });
    expect(parseOpendataCommand('search')).toEqual({ type: 'ask', text: 'search' });
  });
});
