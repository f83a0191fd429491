/**
 * Turns Slack's message markup back into the words a person typed, for the engine: Slack sends `&`, `<`, `>`
 * as entities, links as `<url|label>`, channels as `<#C1|name>`, and the mention that woke the bot first.
 */
export function questionText(raw: string, botUserId?: string): string {
  // Every token pattern stops at the next `<` (Slack escapes a typed one as &lt;), so an unclosed
  // `<@` cannot make a match scan to the end of the text from every position: linear, not quadratic.
  let text = raw.trim();
  const lead = /^<@([UW][A-Z0-9]+)(?:\|[^>]*)?>[\s,:]*/.exec(text);
  if (lead && (!botUserId || lead[1] === botUserId)) text = text.slice(lead[0].length);
  text = text
    .replace(/<((?:https?|mailto):[^|<>]+)(?:\|([^<>]*))?>/g, (_m, url: string, label?: string) => {
      const bare = url.replace(/^mailto:/, '');
      // Slack links what a person typed and keeps their words as the label; a different label was written
      // by someone on purpose, so both go to the engine.
      if (!label || bare.endsWith(label) || label === bare) return label || bare;
      return `${label} ${bare}`;
    })
    .replace(/<#[CG][A-Z0-9]+\|([^<>]*)>/g, '#$1')
    .replace(/<#[CG][A-Z0-9]+>/g, '')
    .replace(/<[@!][^<>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
  return text.replace(/\s+/g, ' ').trim();
}

/** The thread is the conversation: follow-ups in it share context. */
export function threadConversation(team: string | undefined, channel: string, threadTs: string): string {
  return `slack:${team ?? '-'}:${channel}:${threadTs}`;
}

/** Slash commands and their ephemeral buttons: one conversation per user per channel. */
export function commandConversation(team: string | undefined, channel: string, user: string): string {
  return `slack:${team ?? '-'}:${channel}:user:${user}`;
}

/** Rate-limit key: a person in a workspace. */
export function userKey(team: string | undefined, user: string): string {
  return `slack:${team ?? '-'}:${user}`;
}

export type OpendataCommand =
  | { type: 'ask'; text: string }
  | { type: 'search'; text: string }
  | { type: 'dataset'; text: string };

/**
 * `/opendata <question>`, `/opendata search …`, `/opendata dataset …`, `/opendata help`. Only the sub-command
 * word is read here; splitting the city off the rest is the engine's job (`splitCity`).
 */
export function parseOpendataCommand(raw: string): OpendataCommand {
  const text = questionText(raw);
  const m = /^(\S+)\s*([\s\S]*)$/.exec(text);
  const word = m?.[1]?.toLowerCase();
  const rest = m?.[2]?.trim() ?? '';
  if (!text || (word === 'help' && !rest)) return { type: 'ask', text: 'help' };
  if (word === 'search' && rest) return { type: 'search', text: rest };
  if (word === 'dataset' && rest) return { type: 'dataset', text: rest };
  return { type: 'ask', text };
}
