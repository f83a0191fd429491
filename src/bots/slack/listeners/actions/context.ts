import type { webApi } from '@slack/bolt';
import type { EngineReply } from '../../../../intents/index.js';
import { SLOW_DOWN_TEXT } from '../../../rateLimit.js';
import { commandConversation, threadConversation, userKey } from '../../input.js';
import type { RenderedMessage } from '../../render/index.js';
import { plainMessage, postInThread, type Responder } from '../../reply.js';
import { type BlockAction, BlockActionSchema } from '../../schemas.js';
import type { ListenerDeps } from '../deps.js';

export interface ActionListenerArgs {
  body: unknown;
  ack: () => Promise<void>;
  respond?: Responder | undefined;
  client: webApi.WebClient;
}

/** Where a button was clicked, and so which conversation it continues and where the answer goes. */
export interface ActionSource {
  action: BlockAction['actions'][number];
  user: string;
  team: string | undefined;
  channel: string;
  /** Ephemeral slash-command answer: reply through the response_url. */
  ephemeral: boolean;
  /** Thread root of a public message: reply in that thread. */
  threadTs: string | undefined;
  conversation: string;
  rateKey: string;
}

export function actionSource(body: unknown): ActionSource | undefined {
  const parsed = BlockActionSchema.safeParse(body);
  if (!parsed.success) return undefined;
  const b = parsed.data;
  const action = b.actions[0]!;
  const channel = b.channel?.id ?? b.container?.channel_id;
  if (!channel) return undefined;
  const team = b.team?.id;
  const ephemeral = b.container?.is_ephemeral === true;
  const threadTs = ephemeral
    ? undefined
    : (b.message?.thread_ts ?? b.container?.thread_ts ?? b.message?.ts ?? b.container?.message_ts);
  if (!ephemeral && !threadTs) return undefined;
  const conversation = ephemeral
    ? commandConversation(team, channel, b.user.id)
    : threadConversation(team, channel, threadTs!);
  return {
    action,
    user: b.user.id,
    team,
    channel,
    ephemeral,
    threadTs,
    conversation,
    rateKey: userKey(team, b.user.id),
  };
}

/** Sends an answer where the click came from: ephemeral stays ephemeral, a thread gets a new reply. */
export async function deliver(
  deps: Pick<ListenerDeps, 'logger'>,
  args: ActionListenerArgs,
  source: ActionSource,
  message: RenderedMessage,
  opts: { replaceOriginal: boolean },
): Promise<void> {
  if (source.ephemeral) {
    if (!args.respond) return;
    await args.respond({
      response_type: 'ephemeral',
      replace_original: opts.replaceOriginal,
      text: message.text,
      blocks: message.blocks,
    });
    return;
  }
  await postInThread(
    args.client,
    { channel: source.channel, threadTs: source.threadTs! },
    message,
    deps.logger,
  );
}

/**
 * Spends one of the clicker's questions; when they are out, says "slow down" once and returns false.
 */
export async function withinQuota(
  deps: ListenerDeps,
  args: ActionListenerArgs,
  source: ActionSource,
): Promise<boolean> {
  const quota = deps.limiter.take(source.rateKey);
  if (!quota.allowed && quota.notify) {
    await deliver(deps, args, source, plainMessage(SLOW_DOWN_TEXT), { replaceOriginal: false });
  }
  return quota.allowed;
}

/** Ephemeral answers keep a share id so "Share in channel" can repost them. */
export function shareOptions(deps: ListenerDeps, source: ActionSource) {
  return (reply: EngineReply) =>
    source.ephemeral ? { shareId: deps.shares.put({ answer: reply.answer, userId: source.user }) } : {};
}
