/** A portal dataset id found in a question. */
export interface DatasetIdMatch {
  id: string;
  kind: 'socrata' | 'arcgis-item' | 'arcgis-hub';
}

const SOCRATA = /(?<![a-z0-9-])([a-z0-9]{4}-[a-z0-9]{4})(?![a-z0-9-])/gi;
const ARCGIS_HUB = /(?<![a-f0-9])([a-f0-9]{32}_\d{1,3})(?![a-z0-9])/i;
const ARCGIS_ITEM = /(?<![a-f0-9])([a-f0-9]{32})(?![a-f0-9_])/i;

export function findDatasetId(text: string): DatasetIdMatch | undefined {
  const hub = ARCGIS_HUB.exec(text);
  if (hub) return { id: hub[1]!.toLowerCase(), kind: 'arcgis-hub' };
  const item = ARCGIS_ITEM.exec(text);
  if (item) return { id: item[1]!.toLowerCase(), kind: 'arcgis-item' };
  // Socrata "4x4" ids mix letters and digits: requiring both keeps "open-data" and "2024-2025" out.
  for (const m of text.matchAll(SOCRATA)) {
    const id = m[1]!.toLowerCase();
    if (/\d/.test(id) && /[a-z]/.test(id)) return { id, kind: 'socrata' };
  }
  // All-letter ids exist too; take one only where the text says it is an id.
  if (/\b(?:dataset|id|resource|endpoint|4x4|views?)\b/i.test(text)) {
    for (const m of text.matchAll(SOCRATA)) {
      const id = m[1]!.toLowerCase();
      if (
        !/^\d+-\d+$/.test(id) &&
        !/\b(?:open|data|city|step|time|year|long|real|well|full|self|read|sign|make|rate)\b/.test(
          id.replace('-', ' '),
        )
      ) {
        return { id, kind: 'socrata' };
      }
    }
  }
  return undefined;
}
