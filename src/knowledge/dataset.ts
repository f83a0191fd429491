import { z } from 'zod';
import { PlatformSchema } from './schema.js';

/** One dataset found on a portal, the same shape whatever the platform. */
export const DatasetHitSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  description: z.string(),
  /** dataset, map, feature layer, file ... as the portal names it. */
  type: z.string(),
  /** ISO-8601, when the portal says. */
  updatedAt: z.string().optional(),
  pageUrl: z.string().optional(),
  /** Only an endpoint that follows from the id by the platform's rules, or one that answered. */
  apiUrl: z.string().optional(),
  platform: PlatformSchema,
  portalId: z.string(),
  /** As the portal gives them in its search results. */
  license: z.string().optional(),
  category: z.string().optional(),
  publisher: z.string().optional(),
  /** Set when the item is not the city's own (another organisation published it): says whose it is. */
  notCityOwn: z.string().optional(),
});
export type DatasetHit = z.infer<typeof DatasetHitSchema>;

export const DatasetColumnSchema = z.object({
  name: z.string(),
  fieldName: z.string(),
  type: z.string(),
  description: z.string().optional(),
});
export type DatasetColumn = z.infer<typeof DatasetColumnSchema>;

export const DatasetDetailsSchema = DatasetHitSchema.extend({
  columns: z.array(DatasetColumnSchema),
  createdAt: z.string().optional(),
  rowsUpdatedAt: z.string().optional(),
  license: z.string().optional(),
  attribution: z.string().optional(),
  category: z.string().optional(),
  rowCount: z.number().optional(),
  /** A copy-paste request a developer can run: curl for Socrata, a query URL for ArcGIS. */
  example: z.string().optional(),
  /** What a reader must know about this record, e.g. a service that is not the city's own. */
  notices: z.array(z.string()).optional(),
  /** The endpoint the item lists did not answer, so none is advertised: which URL and why. */
  endpointProblem: z.string().optional(),
});
export type DatasetDetails = z.infer<typeof DatasetDetailsSchema>;
