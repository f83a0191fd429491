import { z } from 'zod';

const str = z.string().nullish();

/** Discovery API `GET /api/catalog/v1`: only `resource.id` and `resource.name` are relied on. */
export const SocrataCatalogSchema = z.object({
  results: z.array(
    z.object({
      resource: z.object({
        id: z.string().min(1),
        name: z.string(),
        description: str,
        attribution: str,
        type: str,
        updatedAt: str,
        data_updated_at: str,
        metadata_updated_at: str,
      }),
      classification: z.object({ domain_category: str }).nullish(),
      metadata: z.object({ domain: str, license: str }).nullish(),
      permalink: str,
      link: str,
    }),
  ),
  resultSetSize: z.number().int().nonnegative(),
});
export type SocrataCatalog = z.infer<typeof SocrataCatalogSchema>;

/** Discovery API `GET /api/catalog/v1/autocomplete` (with `deduplicate=false`, results carry ids). */
export const SocrataAutocompleteSchema = z.object({
  results: z.array(z.object({ title: z.string(), display_title: str, id: str })),
  resultSetSize: z.number().int().nonnegative().optional(),
});

const epoch = z.number().nullish();

/** `GET https://{domain}/api/views/{4x4}.json`; dates are epoch seconds. */
export const SocrataViewSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  description: str,
  category: str,
  attribution: str,
  attributionLink: str,
  assetType: str,
  displayType: str,
  viewType: str,
  createdAt: epoch,
  publicationDate: epoch,
  rowsUpdatedAt: epoch,
  viewLastModified: epoch,
  licenseId: str,
  license: z.object({ name: str, termsLink: str }).nullish(),
  columns: z
    .array(
      z.object({
        name: z.string(),
        fieldName: z.string(),
        dataTypeName: z.string().nullish(),
        description: str,
        flags: z.array(z.string()).nullish(),
      }),
    )
    .nullish(),
});
export type SocrataView = z.infer<typeof SocrataViewSchema>;
