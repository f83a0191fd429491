import {
  type InteractionEditReplyOptions,
  type InteractionReplyOptions,
  MessageFlags,
  type MessageReplyOptions,
} from 'discord.js';
import { t } from '../../i18n/index.js';
import type { DiscordMessagePayload } from './render.js';

/** discord.js spells allowed_mentions in camelCase; anything else in the payload passes as is. */
export function toEditOptions(p: DiscordMessagePayload): InteractionEditReplyOptions {
  return { content: p.content, embeds: p.embeds, components: p.components, allowedMentions: { parse: [] } };
}

export function toReplyOptions(p: DiscordMessagePayload): InteractionReplyOptions {
  return { content: p.content, embeds: p.embeds, components: p.components, allowedMentions: { parse: [] } };
}

export function toMessageReply(p: DiscordMessagePayload): MessageReplyOptions {
  return {
    content: p.content,
    embeds: p.embeds,
    components: p.components,
    allowedMentions: { parse: [], repliedUser: false },
  };
}

/** A short note only the person who pressed or typed sees. */
export function ephemeral(text: string): InteractionReplyOptions {
  return { content: text, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } };
}

export const SORRY_TEXT = t('en', 'ui.sorry');
export const EXPIRED_TEXT = t('en', 'ui.expired');
export const BAD_INPUT_TEXT = t('en', 'ui.badInput');
export const FEEDBACK_TEXT = t('en', 'ui.feedbackThanks');
