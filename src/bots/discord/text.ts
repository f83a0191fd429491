const ZWSP = '\u200b';

/**
 * Makes untrusted text (user questions echoed back, portal titles and descriptions) safe to show:
 * no mass or role/user mention and no masked link that hides where it goes. Markdown escapes keep
 * the visible text the same; a zero-width space breaks mention syntax without changing the look.
 */
export function neutralise(text: string): string {
  return breakMentions(text.replace(/\\/g, '\\\\').replace(/[[\]]/g, (c) => `\\${c}`));
}

function breakMentions(text: string): string {
  return text.replace(/@(everyone|here)/gi, `@${ZWSP}$1`).replace(/<(@|#)/g, `<$1${ZWSP}`);
}

/**
 * Code shows text literally (no links, no mentions), so only a fence inside could break out; the
 * invisible break in mention syntax is belt and braces and does not change what a reader copies.
 */
export function neutraliseCode(text: string): string {
  return breakMentions(text.replace(/`{3,}/g, (fence) => fence.split('').join(ZWSP)));
}

/** Inline code around an identifier: backticks and line breaks removed so it cannot break out. */
export function inlineCode(text: string): string {
  const clean = breakMentions(text.replace(/[`\r\n]/g, '').trim());
  return clean ? `\`${clean}\`` : '—';
}

/** An http(s) URL safe to put inside `[text](url)` or an embed's url, or undefined. */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  const href = parsed.href.replace(/\(/g, '%28').replace(/\)/g, '%29');
  return href.length <= 1024 ? href : undefined;
}

/** A markdown link built by us (trusted shape) around untrusted text. */
export function markdownLink(label: string, url: string | undefined): string {
  const href = safeUrl(url);
  return href ? `[${neutralise(label)}](${href})` : neutralise(label);
}

/** Where the reader can see the part that was cut: a link when one is known. */
export function moreSuffix(link: string | undefined): string {
  const href = safeUrl(link);
  return href ? `… [more](${href})` : '…';
}

/**
 * Shortens already-rendered text to `max` characters, ending in `suffix`. Cuts at a line or word
 * break when one is near, never inside a surrogate pair, and never leaves a dangling escape.
 */
export function clip(text: string, max: number, suffix = '…'): string {
  if (text.length <= max) return text;
  if (suffix.length >= max) return '…'.slice(0, max);
  const room = max - suffix.length;
  let cut = text.slice(0, room);
  const lineBreak = cut.lastIndexOf('\n');
  const space = cut.lastIndexOf(' ');
  const soft = lineBreak >= room * 0.8 ? lineBreak : space >= room * 0.8 ? space : -1;
  if (soft > 0) cut = cut.slice(0, soft);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  const trailingEscapes = /\\+$/.exec(cut)?.[0].length ?? 0;
  if (trailingEscapes % 2 === 1) cut = cut.slice(0, -1);
  // An open code block or inline code span would swallow the suffix link: close or drop it.
  if ((cut.match(/```/g)?.length ?? 0) % 2 === 1) {
    const open = cut.lastIndexOf('```');
    const inside = cut.slice(0, Math.max(open + 3, room - 4));
    cut = inside.length - open > 20 ? `${inside}\n\`\`\`` : cut.slice(0, open);
    return `${cut.trimEnd()}${suffix}`;
  }
  if (!cut.includes('```') && (cut.match(/`/g)?.length ?? 0) % 2 === 1)
    cut = cut.slice(0, cut.lastIndexOf('`'));
  return `${cut.trimEnd()}${suffix}`;
}

/** A fenced code block of at most `max` characters; a long body is cut inside the fence. */
export function codeBlock(code: string, max: number, lang = ''): string {
  const open = `\`\`\`${lang}\n`;
  const close = '\n```';
  const body = neutraliseCode(code);
  if (open.length + body.length + close.length <= max) return `${open}${body}${close}`;
  const marker = '\n…';
  let room = max - open.length - close.length - marker.length;
  if (room <= 0) return '';
  if (/[\uD800-\uDBFF]/.test(body.charAt(room - 1))) room -= 1;
  return `${open}${body.slice(0, room)}${marker}${close}`;
}
