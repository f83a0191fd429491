import type { Message } from 'discord.js';
import { z } from 'zod';
import { SLOW_DOWN_TEXT } from '../../rateLimit.js';
import { conversationKey, type DiscordContext } from '../context.js';
import { SORRY_TEXT, toMessageReply } from '../payload.js';
import { renderEmbeds } from '../render.js';
import { errorInfo } from './respond.js';

const MentionText = z.string().max(4000);

/** The question in a mention: the message minus the bot's own user or role mention. */
export function questionFromMention(content: string, botId: string, botRoleIds: string[] = []): string {
  const ids = [botId, ...botRoleIds].join('|');
  return content
    .replace(new RegExp(`<@[!&]?(?:${ids})>`, 'g'), ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A message that mentions the bot (needs the MessageContent intent), by name or by the role
 * Discord gives it (people pick either from the @ list). Replies to that message, which keeps the
 * answer in its thread; the author in that channel or thread is the conversation, so follow-ups work.
 */
export async function onMention(ctx: DiscordContext, message: Message, botId: string) {
  if (message.author.bot || message.system) return;
  const roleIds = message.mentions.roles.filter((role) => role.tags?.botId === botId).map((role) => role.id);
  if (!message.mentions.users.has(botId) && roleIds.length === 0) return;
  const parsed = MentionText.safeParse(message.content);
  if (!parsed.success) return;
  const { allowed, notify } = ctx.limiter.take(`discord:${message.author.id}`);
  if (!allowed) {
    if (notify)
      await message.reply({ content: SLOW_DOWN_TEXT, allowedMentions: { parse: [], repliedUser: false } });
    return;
  }
  const text = questionFromMention(parsed.data, botId, roleIds) || 'help';
  const conversation = conversationKey(message.channelId, message.author.id);
  if ('sendTyping' in message.channel) await message.channel.sendTyping().catch(() => undefined);
  try {
    const reply = await ctx.engine.ask({ text, conversation });
    await message.reply(toMessageReply(renderEmbeds(reply.answer, { actions: ctx.actions })));
  } catch (err) {
    ctx.logger.error({ err: errorInfo(err) }, 'engine failed on a Discord mention');
    await message.reply({ content: SORRY_TEXT, allowedMentions: { parse: [], repliedUser: false } });
  }
}
