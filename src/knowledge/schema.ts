import { z } from 'zod';
import { TOPIC_INTENTS } from './intents.js';
import { checkRendering } from './translationCheck.js';

/** A cited source. `url` only where the seed or reference gives one: URLs are never invented. */
export const SourceSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  url: z.url().optional(),
  /**
   * For an internal note (the project's portal reference): the id of the public document it summarises
   * for this city. Users are shown that document, never the note.
   */
  citeAs: z.string().min(1).optional(),
});
export type Source = z.infer<typeof SourceSchema>;

/** One statement shown to users, with the ids of the sources that say it. */
export const FactSchema = z.object({
  text: z.string().min(1),
  sources: z.array(z.string().min(1)).min(1),
});
export type Fact = z.infer<typeof FactSchema>;

/** Marks a rendering as a translation of the cited English, never a source of facts of its own. */
const TranslatedFromSchema = z.literal('en');

/** A topic in Spanish: the same points in the same order, citing the same sources. */
export const TopicTranslationSchema = z.object({
  translatedFrom: TranslatedFromSchema,
  title: z.string().min(1),
  summary: z.string().min(1),
  points: z.array(FactSchema).min(1),
});
export type TopicTranslation = z.infer<typeof TopicTranslationSchema>;

export const TopicSchema = z.object({
  title: z.string().min(1),
  summary: z.string().min(1),
  points: z.array(FactSchema).min(1),
  es: TopicTranslationSchema,
  /** Where the guide is silent or says "not specified": who to ask (an office id). */
  askOffice: z.string().min(1).optional(),
});
export type Topic = z.infer<typeof TopicSchema>;

export const OfficeSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  role: z.string().min(1),
  handles: z.array(z.string().min(1)).min(1),
  sources: z.array(z.string().min(1)).min(1),
});
export type Office = z.infer<typeof OfficeSchema>;

export const PLATFORMS = ['socrata', 'arcgis-hub', 'ckan'] as const;
export const PlatformSchema = z.enum(PLATFORMS);
export type Platform = z.infer<typeof PlatformSchema>;

/**
 * A host (and path under it) where a portal's datasets are served, e.g. the ArcGIS Online org that
 * hosts a Hub's feature services. Portal data naming any other service is not the city's own.
 */
export const ServiceHostSchema = z.object({
  host: z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/),
  /** Path the city's services live under on a shared host (an ArcGIS Online org id). */
  pathPrefix: z
    .string()
    .regex(/^\/.*\/$/)
    .optional(),
  sources: z.array(z.string().min(1)).min(1),
});
export type ServiceHost = z.infer<typeof ServiceHostSchema>;

export const PortalSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  platform: PlatformSchema,
  /** Host name only, e.g. `data.kcmo.org`. */
  domain: z.string().regex(/^[a-z0-9.-]+$/),
  homeUrl: z.url(),
  /** The portal's own search page; `{q}` is replaced by the URL-encoded query. */
  searchUrl: z.string().includes('{q}'),
  /** Platform API base when it differs from `https://{domain}` (CKAN sites under a path). */
  apiBase: z.url().optional(),
  /** What this portal holds, shown to users ("tables", "GIS layers"). */
  holds: z.string().min(1),
  /** Where the datasets' services live; the only hosts besides the portal the bot fetches for it. */
  serviceHosts: z.array(ServiceHostSchema).optional(),
  sources: z.array(z.string().min(1)).min(1),
  /** `holds` in Spanish; a portal without it shows the English phrase. */
  es: z.object({ holds: z.string().min(1) }).optional(),
});
export type Portal = z.infer<typeof PortalSchema>;

/** A place people confuse with this city; questions about it get an "not covered" answer. */
export const LookalikeSchema = z.object({
  name: z.string().min(1),
  /** Lower-case phrases that name the look-alike ("miami-dade", "kansas city, kansas"). */
  patterns: z.array(z.string().min(1)).min(1),
});
export type Lookalike = z.infer<typeof LookalikeSchema>;

/**
 * A dataset the portal reference names for this city: its current id and any caveat (superseded,
 * possibly frozen), so answers about ids use them even when the portal cannot be reached.
 */
export const KnownDatasetSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  /** Id of the portal in this file that holds it. */
  portal: z.string().min(1),
  /** What to know before using it ("older 311 data; the current one is d4px-6rwg"). */
  caveat: z.string().min(1).optional(),
  sources: z.array(z.string().min(1)).min(1),
  /** The caveat in Spanish; required wherever there is a caveat. */
  es: z.object({ caveat: z.string().min(1) }).optional(),
});
export type KnownDataset = z.infer<typeof KnownDatasetSchema>;

export const DraftTemplateSchema = z.object({
  /** Office id the letter is addressed to. */
  to: z.string().min(1),
  /** Items the city's guide asks a request to include, rendered as fill-in blanks. */
  items: z.array(FactSchema).min(1),
  /** The same items in Spanish, for letters drafted in Spanish. */
  es: z.object({ translatedFrom: TranslatedFromSchema, items: z.array(FactSchema).min(1) }),
});

const topicsShape = Object.fromEntries(TOPIC_INTENTS.map((intent) => [intent, TopicSchema])) as {
  [K in (typeof TOPIC_INTENTS)[number]]: typeof TopicSchema;
};

export const CitySchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    name: z.string().min(1),
    /** Official name, e.g. "City of Los Angeles". */
    officialName: z.string().min(1),
    state: z.string().min(2),
    /** Lower-case names and abbreviations that mean this city. */
    aliases: z.array(z.string().min(1)).min(1),
    lookalikes: z.array(LookalikeSchema),
    portals: z.array(PortalSchema).min(1),
    offices: z.array(OfficeSchema).min(1),
    sources: z.array(SourceSchema).min(1),
    topics: z.object(topicsShape),
    knownDatasets: z.array(KnownDatasetSchema).default([]),
    draft: DraftTemplateSchema,
  })
  .superRefine((city, ctx) => {
    const sourceIds = new Set(city.sources.map((s) => s.id));
    const officeIds = new Set(city.offices.map((o) => o.id));
    city.sources.forEach((s, i) => {
      const target = s.citeAs ? city.sources.find((x) => x.id === s.citeAs) : undefined;
      if (s.citeAs && (!target || target.citeAs || !target.url))
        ctx.addIssue({
          code: 'custom',
          message: `citeAs "${s.citeAs}" must name a public source with a URL`,
          path: ['sources', i, 'citeAs'],
        });
    });
    const checkSources = (ids: string[], path: (string | number)[]) => {
      ids.forEach((id, i) => {
        if (!sourceIds.has(id))
          ctx.addIssue({ code: 'custom', message: `unknown source "${id}"`, path: [...path, i] });
      });
    };
    city.portals.forEach((p, i) => {
      checkSources(p.sources, ['portals', i, 'sources']);
      p.serviceHosts?.forEach((h, j) => {
        checkSources(h.sources, ['portals', i, 'serviceHosts', j, 'sources']);
      });
    });
    city.offices.forEach((o, i) => {
      checkSources(o.sources, ['offices', i, 'sources']);
    });
    for (const [intent, topic] of Object.entries(city.topics)) {
      topic.points.forEach((f, i) => {
        checkSources(f.sources, ['topics', intent, 'points', i, 'sources']);
      });
      checkRendering(
        { summary: topic.summary, facts: topic.points },
        { summary: topic.es.summary, facts: topic.es.points },
        ['topics', intent, 'es'],
        'points',
        ctx,
      );
      if (topic.askOffice && !officeIds.has(topic.askOffice)) {
        ctx.addIssue({
          code: 'custom',
          message: `unknown office "${topic.askOffice}"`,
          path: ['topics', intent, 'askOffice'],
        });
      }
    }
    const portalIds = new Set(city.portals.map((p) => p.id));
    city.knownDatasets.forEach((d, i) => {
      checkSources(d.sources, ['knownDatasets', i, 'sources']);
      if (!portalIds.has(d.portal))
        ctx.addIssue({
          code: 'custom',
          message: `unknown portal "${d.portal}"`,
          path: ['knownDatasets', i, 'portal'],
        });
    });
    if (!officeIds.has(city.draft.to)) {
      ctx.addIssue({ code: 'custom', message: `unknown office "${city.draft.to}"`, path: ['draft', 'to'] });
    }
    city.draft.items.forEach((f, i) => {
      checkSources(f.sources, ['draft', 'items', i, 'sources']);
    });
    checkRendering(
      { facts: city.draft.items },
      { facts: city.draft.es.items },
      ['draft', 'es'],
      'items',
      ctx,
    );
    city.knownDatasets.forEach((d, i) => {
      if (d.caveat && !d.es)
        ctx.addIssue({
          code: 'custom',
          message: 'a caveat needs its Spanish rendering (es.caveat)',
          path: ['knownDatasets', i, 'es'],
        });
    });
  });
export type City = z.infer<typeof CitySchema>;
