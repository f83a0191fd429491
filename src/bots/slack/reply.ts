import type { webApi } from '@slack/bolt';
import { t } from '../../i18n/index.js';
import type { EngineReply } from '../../intents/types.js';
import type { Lang } from '../../knowledge/index.js';
import type { Logger } from '../../logger.js';
import { loggableError } from './boltLogger.js';
import { escapeText } from './render/escape.js';
import { type RenderedMessage, type RenderOptions, renderBlocks } from './render/index.js';

/** What the adapter posts to a `response_url` (Bolt's `respond`). */
export interface ResponsePayload {
  response_type?: 'ephemeral' | 'in_channel';
  replace_original?: boolean;
  delete_original?: boolean;
  text?: string;
  blocks?: RenderedMessage['blocks'];
}
export type Responder = (payload: ResponsePayload) => Promise<unknown>;

/** The one thing the adapter says on its own: the engine failed, so there is no Answer to render. */
export const ENGINE_FAILED_TEXT = t('en', 'ui.engineFailed');

/** A plain message as Block Kit, for the adapter's own short notes. */
export function plainMessage(text: string): RenderedMessage {
  const escaped = escapeText(text);
  return { text: escaped, blocks: [{ type: 'section', text: { type: 'mrkdwn', text: escaped } }] };
}

/** Runs one engine call; a throw becomes a logged error and a friendly note, never a crash. */
export async function answerFromEngine(
  call: () => Promise<EngineReply>,
  logger: Logger,
  render: RenderOptions | ((reply: EngineReply) => RenderOptions) = {},
  /** The language of the question, for the apology when there is no answer to carry one. */
  lang: Lang = 'en',
): Promise<{ message: RenderedMessage; reply?: EngineReply }> {
  try {
    const reply = await call();
    const options = typeof render === 'function' ? render(reply) : render;
    return { message: renderBlocks(reply.answer, options), reply };
  } catch (err) {
    logger.error({ err: loggableError(err) }, 'engine failed to answer');
    return { message: plainMessage(t(lang, 'ui.engineFailed')) };
  }
}

function slackErrorCode(err: unknown): string | undefined {
  const data = (err as { data?: { error?: unknown } } | undefined)?.data;
  return typeof data?.error === 'string' ? data.error : undefined;
}

/**
 * Posts a reply in a thread. Should Slack still refuse the blocks, the plain fallback text goes out alone:
 * the person gets an answer rather than silence.
 */
export async function postInThread(
  client: webApi.WebClient,
  target: { channel: string; threadTs: string },
  message: RenderedMessage,
  logger: Logger,
): Promise<void> {
  const base = {
    channel: target.channel,
    thread_ts: target.threadTs,
    unfurl_links: false,
    unfurl_media: false,
  };
  try {
    await client.chat.postMessage({ ...base, text: message.text, blocks: message.blocks });
  } catch (err) {
    const code = slackErrorCode(err);
    if (code !== 'invalid_blocks' && code !== 'msg_too_long' && code !== 'msg_blocks_too_long') throw err;
    logger.warn({ code }, 'Slack refused the blocks; posting the plain text instead');
    await client.chat.postMessage({ ...base, text: message.text });
  }
}
