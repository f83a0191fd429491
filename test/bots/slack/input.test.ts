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

/** Fastest of a few runs: robust to a GC pause or a busy neighbour on the machine. */
function fastestMs(fn: () => unknown, runs = 5): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

describe('questionText on hostile markup (issue 11, finding 6)', () => {
  const UNCLOSED = ['<@', '<!', '<#C1|', '<http:', '<mailto:'];

  it('GIVEN unclosed `<@`, `<!`, `<#C|` or `<http:` repeated THEN the text is kept and nothing hangs', () => {
    for (const unit of UNCLOSED) {
      const text = unit.repeat(Math.ceil(40_000 / unit.length));
      expect(questionText(text)).toBe(text.trim());
    }
    expect(questionText('<@U1> hi <@U2|bob> and <!here> <http://a.b|site> <#C1|general>')).toBe(
      'hi and site http://a.b #general',
    );
  });

  it('GIVEN 8x more unclosed markup THEN about 8x the work, not 64x (linear, not quadratic)', () => {
    for (const unit of UNCLOSED) {
      const small = unit.repeat(Math.ceil(5_000 / unit.length));
      const large = unit.repeat(Math.ceil(40_000 / unit.length));
      questionText(large); // warm up the regex compilation
      const ratio =
        fastestMs(() => questionText(large)) /
        Math.max(
          0.01,
          fastestMs(() => questionText(small)),
        );
      expect(ratio, unit).toBeLessThan(24);
    }
  });
});
