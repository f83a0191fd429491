const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  '#39': "'",
};

/** Portals send HTML (ArcGIS descriptions, Socrata autocomplete) and Markdown (CKAN): chat wants plain text. */
export function plainText(input: string | null | undefined): string {
  if (!input) return '';
  return input
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<br\s*\/?>|<\/p>|<\/div>|<\/li>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#?\w+);/g, (whole, name: string) => ENTITIES[name.toLowerCase()] ?? whole)
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/[*_`#>]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Cuts at a word boundary so a summary never ends mid-word. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Socrata `/api/views` dates are epoch seconds. */
export function isoFromEpochSeconds(value: number | null | undefined): string | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value > 0
    ? new Date(value * 1000).toISOString()
    : undefined;
}

/** ArcGIS dates are epoch milliseconds. */
export function isoFromEpochMillis(value: number | null | undefined): string | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value > 0
    ? new Date(value).toISOString()
    : undefined;
}

/** ISO strings as given; CKAN's have no offset and are UTC by CKAN convention, so we say so with `Z`. */
export function isoFromString(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const withZone = /[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value}Z`;
  const date = new Date(withZone);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** Upstream labels (license, category, publisher) as plain, short text; empty ones are left out. */
export function optionalText<K extends string>(
  fields: Record<K, string | null | undefined>,
): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  for (const key of Object.keys(fields) as K[]) {
    const text = clip(plainText(fields[key]), 120);
    // ArcGIS fills an unset license with "none"; that is not a license to show.
    if (text && !/^none$/i.test(text)) out[key] = text;
  }
  return out;
}
