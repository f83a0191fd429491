import { z } from 'zod';

const str = z.string().nullish();
const epochMs = z.number().nullish();

/** Hub Search API (OGC API – Records) `/api/search/v1/collections/dataset/items`. */
export const HubItemsSchema = z.object({
  numberMatched: z.number().int().nonnegative(),
  numberReturned: z.number().int().nonnegative().optional(),
  features: z.array(
    z.object({
      id: z.string().min(1),
      properties: z.object({
        id: str,
        title: z.string(),
        type: str,
        url: str,
        snippet: str,
        description: str,
        owner: str,
        modified: epochMs,
        created: epochMs,
        categories: z.array(z.string()).nullish(),
        // Present when the item came from Hub's index (Esri hub.js); may be HTML.
        license: str,
        // Org identifiers: which one a Hub sends is unconfirmed, so all are read when present.
        slug: str,
        source: str,
        orgName: str,
      }),
    }),
  ),
});
export type HubItems = z.infer<typeof HubItemsSchema>;

/** ArcGIS Online item JSON `sharing/rest/content/items/{id}?f=json`. */
export const ArcgisItemSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  type: str,
  url: str,
  snippet: str,
  description: str,
  licenseInfo: str,
  accessInformation: str,
  owner: str,
  created: epochMs,
  modified: epochMs,
  categories: z.array(z.string()).nullish(),
  tags: z.array(z.string()).nullish(),
});
export type ArcgisItem = z.infer<typeof ArcgisItemSchema>;

/** FeatureServer / MapServer layer `{layerUrl}?f=json`. */
export const ArcgisLayerSchema = z.object({
  name: str,
  type: str,
  description: str,
  copyrightText: str,
  fields: z.array(z.object({ name: z.string(), alias: str, type: z.string() })).nullish(),
  editingInfo: z.object({ lastEditDate: epochMs, dataLastEditDate: epochMs }).nullish(),
  maxRecordCount: z.number().nullish(),
});
export type ArcgisLayer = z.infer<typeof ArcgisLayerSchema>;
