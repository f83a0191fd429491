import type { webApi } from '@slack/bolt';
import { languageOf } from '../../../../intents/index.js';
import { t } from '../../../../i18n/index.js';
import { questionText, threadConversation, userKey } from '../../input.js';
import { answerFromEngine, plainMessage, postInThread } from '../../reply.js';
import { type MessageEvent, MessageEventSchema } from '../../schemas.js';
import type { ListenerDeps } from '../deps.js';

export interface MessageListenerArgs {
  event: unknown;
  body: unknown;
  context: { botUserId?: string | undefined; teamId?: string | undefined };
  client: webApi.WebClient;
}

/** Edits, joins, deletions, hidden updates, and anything a bot wrote (this one included) get no answer. */
export function isIgnorable(event: MessageEvent, botUserId: string | undefined): boolean {
  if (event.subtype !== undefined || event.edited !== undefined || event.hidden) return true;
  if (event.bot_id !== undefined || event.user === undefined) return true;
  return botUserId !== undefined && event.user === botUserId;
}

/**
 * Answers one message in its thread. Shared by `app_mention` and direct messages; the message's own
 * channel+ts is claimed first, so a message delivered as both events is answered once.
 */
export async function answerMessage(
  deps: ListenerDeps,
  args: MessageListenerArgs,
  accept: (event: MessageEvent) => boolean,
): Promise<void> {
  const parsed = MessageEventSchema.safeParse(args.event);
  if (!parsed.success) {
    deps.logger.debug({ issues: parsed.error.issues.length }, 'ignoring a malformed Slack message event');
    return;
  }
  const event = parsed.data;
  const botUserId = args.context.botUserId;
  if (isIgnorable(event, botUserId) || !accept(event)) return;
  if (!deps.dedupe.claim(`message:${event.channel}:${event.ts}`)) return;

  const team = args.context.teamId;
  const user = event.user!;
  const threadTs = event.thread_ts ?? event.ts;
  const target = { channel: event.channel, threadTs };

  const quota = deps.limiter.take(userKey(team, user));
  if (!quota.allowed) {
    const note = t(languageOf(questionText(event.text, botUserId)), 'ui.slowDown');
    if (quota.notify) await postInThread(args.client, target, plainMessage(note), deps.logger);
    return;
  }

  const text = questionText(event.text, botUserId);
  const conversation = threadConversation(team, event.channel, threadTs);
  const { message } = await answerFromEngine(
    () => deps.engine.ask({ text, conversation }),
    deps.logger,
    {},
    languageOf(text),
  );
  await postInThread(args.client, target, message, deps.logger);
}
