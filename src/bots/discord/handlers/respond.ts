import type { ButtonInteraction, ChatInputCommandInteraction } from 'discord.js';
import { t } from '../../../i18n/index.js';
import type { EngineReply } from '../../../intents/types.js';
import type { DiscordContext } from '../context.js';
import { localeLang } from '../locale.js';
import { ephemeral, toEditOptions } from '../payload.js';
import { renderEmbeds } from '../render.js';

type Answerable = ChatInputCommandInteraction | ButtonInteraction;

/** Per-user limit: the first refusal gets one polite note, later ones are dropped silently. */
export async function admit(ctx: DiscordContext, interaction: Answerable): Promise<boolean> {
  const { allowed, notify } = ctx.limiter.take(`discord:${interaction.user.id}`);
  if (allowed) return true;
  if (notify) await interaction.reply(ephemeral(t(localeLang(interaction.locale) ?? 'en', 'ui.slowDown')));
  ctx.logger.info({ user: interaction.user.id }, 'discord rate limit');
  return false;
}

/**
 * Defers first (portal calls can outlast Discord's 3 s), then edits the deferred reply with the
 * rendered answer, or with an apology if the engine failed. Exactly one visible reply either way.
 */
export async function answerDeferred(
  ctx: DiscordContext,
  interaction: Answerable,
  run: () => Promise<EngineReply>,
): Promise<void> {
  await interaction.deferReply();
  let payload: Parameters<typeof toEditOptions>[0] | undefined;
  try {
    const reply = await run();
    payload = renderEmbeds(reply.answer, { actions: ctx.actions });
    ctx.logger.debug({ intent: reply.intent, city: reply.city, kind: reply.answer.kind }, 'discord answer');
  } catch (err) {
    ctx.logger.error({ err: errorInfo(err) }, 'engine failed on a Discord interaction');
  }
  await interaction.editReply(
    payload
      ? toEditOptions(payload)
      : {
          content: t(localeLang(interaction.locale) ?? 'en', 'ui.sorry'),
          embeds: [],
          components: [],
          allowedMentions: { parse: [] },
        },
  );
}

/** Error name and message only: discord.js errors can carry request bodies with tokens in URLs. */
export function errorInfo(err: unknown): { name: string; message: string } {
  if (err instanceof Error) return { name: err.name, message: err.message.replace(/\/[\w-]{60,}/g, '/…') };
  return { name: 'Unknown', message: String(err) };
}
