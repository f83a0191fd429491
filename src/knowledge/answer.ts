import { z } from 'zod';
import { DatasetDetailsSchema, DatasetHitSchema } from './dataset.js';
import { INTENTS } from './intents.js';
import { LANGS } from './language.js';

export const ANSWER_KINDS = [
  'topic',
  'draft',
  'datasets',
  'dataset_details',
  'clarify',
  'unsupported_place',
  'help',
  'out_of_scope',
  'fallback',
  'upstream_error',
] as const;

export const AnswerSourceSchema = z.object({ title: z.string(), url: z.string().optional() });
export type AnswerSource = z.infer<typeof AnswerSourceSchema>;

/** Per point, the 1-based numbers of the answer's `sources` that say it (footnote style). */
export const CitesSchema = z.array(z.array(z.number().int().min(1)));

/** A titled block of points; multi-city answers carry one section per city. */
export const AnswerSectionSchema = z.object({
  heading: z.string(),
  summary: z.string().optional(),
  /** Sources of the section's lead, as in `cites`. */
  summaryCites: z.array(z.number().int().min(1)).optional(),
  points: z.array(z.string()),
  cites: CitesSchema.optional(),
});
export type AnswerSection = z.infer<typeof AnswerSectionSchema>;

/** A button or option an adapter may offer; `value` is what to ask the engine next. */
export const AnswerChoiceSchema = z.object({ label: z.string(), value: z.string() });
export type AnswerChoice = z.infer<typeof AnswerChoiceSchema>;

/** Platform-neutral answer: adapters only render it. */
export const AnswerSchema = z.object({
  kind: z.enum(ANSWER_KINDS),
  intent: z.enum(INTENTS),
  /** The language the answer is written in; adapters label buttons and headings in it (absent: en). */
  lang: z.enum(LANGS).optional(),
  /** City id, `none` or `other`. */
  city: z.string(),
  title: z.string(),
  /** The lead: one or two sentences answering the exact question. */
  summary: z.string(),
  /** Sources of the lead, as in `cites`. */
  summaryCites: z.array(z.number().int().min(1)).optional(),
  /** At most four points, most specific first. */
  points: z.array(z.string()),
  /** `cites[i]` are the sources of `points[i]`; empty when the answer has no per-point sources. */
  cites: CitesSchema.optional(),
  /** The points one click away (a *More* button, `more` in chat, `--full` on `ask`). */
  rest: z.object({ points: z.array(z.string()), cites: CitesSchema }).optional(),
  sections: z.array(AnswerSectionSchema).default([]),
  /** Preformatted text to copy as is (a drafted request letter). */
  body: z.string().optional(),
  datasets: z.array(DatasetHitSchema).optional(),
  /** Matches the user can page through for a dataset search (items left out are not counted). */
  total: z.number().optional(),
  /** True when `total` is an upper bound: items left out on pages not read could not be subtracted. */
  totalUpperBound: z.boolean().optional(),
  dataset: DatasetDetailsSchema.optional(),
  choices: z.array(AnswerChoiceSchema).default([]),
  /** For a dataset search with more results: the engine request that fetches the next page. */
  more: z.object({ city: z.string(), query: z.string(), offset: z.number() }).optional(),
  /** Notes about the answer itself (truncated input, stale cache, low confidence). */
  notices: z.array(z.string()).default([]),
  sources: z.array(AnswerSourceSchema),
  confidence: z.number().min(0).max(1),
});
export type Answer = z.infer<typeof AnswerSchema>;
export type AnswerKind = Answer['kind'];
