import { z } from 'zod';

const str = z.string().nullish();

const PackageSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  title: str,
  notes: str,
  type: str,
  metadata_created: str,
  metadata_modified: str,
  license_id: str,
  license_title: str,
  organization: z.object({ name: str, title: str }).nullish(),
  groups: z.array(z.object({ name: str, title: str, display_name: str })).nullish(),
  resources: z
    .array(
      z.object({
        id: z.string().min(1),
        name: str,
        format: str,
        datastore_active: z.boolean().nullish(),
        last_modified: str,
      }),
    )
    .nullish(),
});
export type CkanPackage = z.infer<typeof PackageSchema>;

const envelope = <T extends z.ZodType>(result: T) => z.object({ success: z.literal(true), result });

export const CkanPackageSearchSchema = envelope(
  z.object({ count: z.number().int().nonnegative(), results: z.array(PackageSchema) }),
);
export const CkanPackageShowSchema = envelope(PackageSchema);
export const CkanAutocompleteSchema = envelope(z.array(z.object({ name: z.string().min(1), title: str })));
export const CkanDatastoreFieldsSchema = envelope(
  z.object({
    fields: z.array(
      z.object({
        id: z.string(),
        type: z.string(),
        info: z.object({ label: str, type_override: str }).nullish(),
      }),
    ),
    total: z.number().int().nonnegative().nullish(),
  }),
);
