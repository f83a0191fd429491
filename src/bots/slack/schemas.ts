import { z } from 'zod';

/**
 * The parts of Slack payloads the adapter reads, parsed at the edge: Bolt's types describe what Slack should
 * send, these check what actually arrived.
 */
const id = z.string().min(1).max(64);
const ts = z.string().regex(/^\d{1,12}\.\d{1,9}$/);

/** `app_mention` and `message` events. */
export const MessageEventSchema = z.object({
  type: z.enum(['app_mention', 'message']),
  subtype: z.string().optional(),
  channel: id,
  channel_type: z.string().optional(),
  user: id.optional(),
  bot_id: z.string().optional(),
  text: z.string().max(40_000).default(''),
  ts,
  thread_ts: ts.optional(),
  edited: z.unknown().optional(),
  hidden: z.boolean().optional(),
});
export type MessageEvent = z.infer<typeof MessageEventSchema>;

export const EventEnvelopeSchema = z.object({
  team_id: z.string().optional(),
  event_id: z.string().optional(),
  trigger_id: z.string().max(200).optional(),
});

export const SlashCommandSchema = z.object({
  command: z.string(),
  text: z.string().max(10_000).default(''),
  team_id: z.string().optional(),
  channel_id: id,
  user_id: id,
  response_url: z.url({ protocol: /^https?$/ }),
});
export type SlashCommand = z.infer<typeof SlashCommandSchema>;

export const BlockActionSchema = z.object({
  type: z.literal('block_actions'),
  user: z.object({ id }),
  team: z.object({ id: z.string() }).nullish(),
  channel: z.object({ id }).optional(),
  container: z
    .object({
      message_ts: ts.optional(),
      channel_id: id.optional(),
      is_ephemeral: z.boolean().optional(),
      thread_ts: ts.optional(),
    })
    .optional(),
  message: z.object({ ts: ts.optional(), thread_ts: ts.optional() }).optional(),
  response_url: z.url({ protocol: /^https?$/ }).optional(),
  actions: z.array(z.object({ action_id: z.string(), value: z.string().max(2000).optional() })).min(1),
});
export type BlockAction = z.infer<typeof BlockActionSchema>;
