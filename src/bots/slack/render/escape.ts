/**
 * Slack parses `&`, `<` and `>` in mrkdwn and in a message's fallback `text`: `<!channel>`, `<@U123>` and
 * `<https://evil|label>` are live markup. Every string from a user or an upstream portal goes through
 * `escapeText` so such markup shows as typed and pings or links nobody.
 */
export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A URL safe inside `<url|label>`, or undefined when it is not plain http(s). */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  // `|` and `>` would end the link early; `&` is left alone because Slack reads it literally inside the URL part.
  return parsed.href.replace(/\|/g, '%7C').replace(/</g, '%3C').replace(/>/g, '%3E');
}

/** `<url|label>` with an escaped label, or the escaped label alone when the URL is unusable. */
export function link(url: string | undefined, label: string): string {
  const href = safeUrl(url);
  // A `|` in the label is harmless after the first one, but strip it so the label reads cleanly.
  const text = escapeText(label.replace(/\|/g, '/'));
  return href ? `<${href}|${text}>` : text;
}

/** Shortens text to `max` characters, ending in an ellipsis when cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return text.slice(0, max);
  return `${text.slice(0, max - 1).trimEnd()}…`;
}

/**
 * Clips text that has already been escaped without splitting an entity such as `&amp;`,
 * which would otherwise show as a stray `&am`.
 */
export function clipEscaped(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, Math.max(0, max - 1));
  const amp = cut.lastIndexOf('&');
  if (amp !== -1 && !cut.slice(amp).includes(';')) cut = cut.slice(0, amp);
  // Never cut a `<url|label>` link in half either: that leaves an unclosed `<`.
  const open = cut.lastIndexOf('<');
  if (open !== -1 && !cut.slice(open).includes('>')) cut = cut.slice(0, open);
  return `${cut.trimEnd()}…`;
}
