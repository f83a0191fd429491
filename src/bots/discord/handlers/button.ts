import type { ButtonInteraction } from 'discord.js';
import { t } from '../../../i18n/index.js';
import { decodeCustomId } from '../actions.js';
import { conversationKey, type DiscordContext } from '../context.js';
import { localeLang } from '../locale.js';
import { ephemeral, toReplyOptions } from '../payload.js';
import { renderEmbeds } from '../render.js';
import { admit, answerDeferred } from './respond.js';

/** Button presses: "More", "More results", a clarify choice, or 👍/👎 feedback. */
export async function onButton(ctx: DiscordContext, interaction: ButtonInteraction) {
  const lang = localeLang(interaction.locale);
  const decoded = decodeCustomId(interaction.customId, ctx.actions);
  if (!decoded.ok) {
    ctx.logger.info({ reason: decoded.reason }, 'unusable Discord button');
    return interaction.reply(ephemeral(t(lang ?? 'en', 'ui.expired')));
  }
  const action = decoded.action;
  const conversation = conversationKey(interaction.channelId, interaction.user.id);
  const locale = lang ? { locale: lang } : {};
  switch (action.kind) {
    case 'feedback':
      ctx.logger.info(
        { feedback: action.vote, intent: action.intent, city: action.city, platform: 'discord' },
        'answer feedback',
      );
      return interaction.reply(ephemeral(t(lang ?? 'en', 'ui.feedbackThanks')));
    case 'expand':
      // The same answer with every point: no engine call, so no quota spent.
      return interaction.reply(
        toReplyOptions(renderEmbeds(action.answer, { actions: ctx.actions, full: true })),
      );
    case 'more':
      if (!(await admit(ctx, interaction))) return;
      return answerDeferred(ctx, interaction, () =>
        ctx.engine.searchDatasets({
          city: action.city,
          query: action.query,
          offset: action.offset,
          conversation,
          ...locale,
        }),
      );
    case 'ask':
      if (!(await admit(ctx, interaction))) return;
      return answerDeferred(ctx, interaction, () =>
        ctx.engine.ask({ text: action.text, conversation, ...locale }),
      );
  }
}
