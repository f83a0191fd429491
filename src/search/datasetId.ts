export type DatasetIdKind = 'socrata' | 'arcgis-item' | 'arcgis-hub';

const HUB_ID = /(?<![0-9a-z])([0-9a-f]{32})_(\d{1,4})(?![0-9a-z_])/i;
const ITEM_ID = /(?<![0-9a-z_])([0-9a-f]{32})(?![0-9a-z_])/i;
const FOUR_BY_FOUR = /(?<![0-9a-z-])([a-z0-9]{4}-[a-z0-9]{4})(?![0-9a-z-])/gi;
/** Words or URL parts that mark the next token as a dataset id even when it has no digit ("kzjm-xkqj"). */
const ID_CONTEXT =
  /(?:\b(?:dataset|data set|id|4x4|resource)s?\s*(?:id)?\s*[:#]?\s*|\/(?:d|resource|views)\/)$/i;

const hasDigit = (s: string) => /\d/.test(s);
const hasLetter = (s: string) => /[a-z]/i.test(s);
const allDigits = (s: string) => /^\d+$/.test(s);
const allLetters = (s: string) => /^[a-z]+$/i.test(s);

/**
 * Real 4x4s mix letters and digits ("2nrs-mtv8"), so a bare token needs both, and not as
 * "2019-data" (one half all digits, the other all letters). All-letter ids ("kzjm-xkqj") are real
 * too, so they count only right after "dataset", "id" or inside a portal URL path.
 */
function looksLikeSocrataId(token: string, before: string): boolean {
  const [a = '', b = ''] = token.split('-');
  if (allDigits(a) && allDigits(b)) return false;
  if (ID_CONTEXT.test(before)) return true;
  if (!hasDigit(token) || !hasLetter(token)) return false;
  if ((allDigits(a) && allLetters(b)) || (allLetters(a) && allDigits(b))) return false;
  return true;
}

/** Finds the first dataset id in free text: Hub `{item}_{layer}`, ArcGIS item id, or Socrata 4x4. */
export function extractDatasetId(text: string): { id: string; kind: DatasetIdKind } | undefined {
  const found: { at: number; id: string; kind: DatasetIdKind }[] = [];
  const hub = HUB_ID.exec(text);
  if (hub)
    found.push({ at: hub.index, id: `${hub[1]!.toLowerCase()}_${Number(hub[2])}`, kind: 'arcgis-hub' });
  const item = ITEM_ID.exec(text);
  if (item) found.push({ at: item.index, id: item[1]!.toLowerCase(), kind: 'arcgis-item' });
  for (const m of text.matchAll(FOUR_BY_FOUR)) {
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    if (looksLikeSocrataId(m[1]!, before)) {
      found.push({ at: m.index, id: m[1]!.toLowerCase(), kind: 'socrata' });
      break;
    }
  }
  found.sort((x, y) => x.at - y.at);
  const first = found[0];
  return first ? { id: first.id, kind: first.kind } : undefined;
}

/** What an id passed to `details` can be, by shape alone; anything else is a CKAN name or UUID. */
export function classifyDatasetId(id: string): DatasetIdKind | 'ckan' {
  const trimmed = id.trim().toLowerCase();
  if (/^[0-9a-f]{32}_\d{1,4}$/.test(trimmed)) return 'arcgis-hub';
  if (/^[0-9a-f]{32}$/.test(trimmed)) return 'arcgis-item';
  if (/^[a-z0-9]{4}-[a-z0-9]{4}$/.test(trimmed)) return 'socrata';
  return 'ckan';
}
