import { z } from 'zod';

/** Block action ids the renderer emits and the listeners answer; one place so the two cannot drift. */
export const ACTION = {
  /** Clarify buttons: `opendata_choose_0`, `opendata_choose_1`, ... (ids must be unique within a block). */
  choosePrefix: 'opendata_choose_',
  more: 'opendata_more',
  /** "More" on a topic answer: the same answer with every point. */
  expand: 'opendata_expand',
  share: 'opendata_share',
  feedbackUp: 'opendata_feedback_up',
  feedbackDown: 'opendata_feedback_down',
} as const;

export const CHOOSE_ACTION_PATTERN = /^opendata_choose_\d+$/;
export const FEEDBACK_ACTION_PATTERN = /^opendata_feedback_(up|down)$/;

/** Slack caps a button value at 2000 characters. */
export const MAX_BUTTON_VALUE = 2000;

/** What a "More results" button carries: the engine request for the next page. */
export const MoreValueSchema = z.object({
  city: z.string().min(1).max(200),
  query: z.string().max(1500),
  offset: z.number().int().min(0).max(100_000),
});
export type MoreValue = z.infer<typeof MoreValueSchema>;

/** What a feedback button carries: enough to tell which answer was judged, nothing personal. */
export const FeedbackValueSchema = z.object({
  kind: z.string().max(40),
  intent: z.string().max(40),
  city: z.string().max(60),
});
export type FeedbackValue = z.infer<typeof FeedbackValueSchema>;

/** Parses a JSON button value with a schema; undefined for anything malformed. */
export function parseButtonValue<T>(schema: z.ZodType<T>, value: string | undefined): T | undefined {
  if (!value || value.length > MAX_BUTTON_VALUE) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(value);
  } catch {
    return undefined;
  }
  const parsed = schema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}
