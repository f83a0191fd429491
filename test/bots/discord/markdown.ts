/**
 * The links Discord would render from markdown: `[label](url)` where neither bracket is escaped.
 * Used to prove that only links the renderer built itself survive.
 */
export function renderedLinks(markdown: string): string[] {
  const text = withoutCode(markdown);
  const links: string[] = [];
  const escaped = new Set<number>();
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\' && !escaped.has(i)) escaped.add(i + 1);
  }
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '[' || escaped.has(i)) continue;
    for (let j = i + 1; j < text.length; j++) {
      if (text[j] === ']' && !escaped.has(j)) {
        if (text[j + 1] === '(') {
          const end = text.indexOf(')', j + 2);
          if (end > 0) links.push(text.slice(j + 2, end).replace(/^<|>$/g, ''));
        }
        break;
      }
    }
  }
  return links;
}

/** Code blocks and spans render literally: no links or mentions inside them. */
export function withoutCode(text: string): string {
  return text.replace(/```[\s\S]*?```/g, '').replace(/`[^`]*`/g, '');
}

/** Mentions Discord would render as pings (if allowed_mentions permitted them). */
export function renderedMentions(text: string): string[] {
  return text.match(/@everyone|@here|<@[!&]?\d+>/g) ?? [];
}
