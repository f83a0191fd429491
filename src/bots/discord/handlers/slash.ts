import type { ChatInputCommandInteraction } from 'discord.js';
import { z } from 'zod';
import { OPTION_MAX } from '../commands.js';
import { conversationKey, type DiscordContext } from '../context.js';
import { localeLang } from '../locale.js';
import { t } from '../../../i18n/index.js';
import { ephemeral, toReplyOptions } from '../payload.js';
import { renderEmbeds } from '../render.js';
import { admit, answerDeferred } from './respond.js';

const text = (max: number) => z.string().trim().min(1).max(max);
const AskInput = z.object({ question: text(OPTION_MAX.question) });
const SearchInput = z.object({ city: text(100), query: text(OPTION_MAX.query) });
const InfoInput = z.object({ city: text(100), id: text(OPTION_MAX.id) });

/** `/opendata ask|help`, `/dataset search|info`: each maps straight onto one engine method. */
export async function onSlashCommand(ctx: DiscordContext, interaction: ChatInputCommandInteraction) {
  const sub = interaction.options.getSubcommand(false);
  const route = `${interaction.commandName} ${sub ?? ''}`.trim();
  const conversation = conversationKey(interaction.channelId, interaction.user.id);
  const opt = (name: string) => interaction.options.getString(name) ?? undefined;
  // The user's client language answers "help" and ambiguous text in it.
  const lang = localeLang(interaction.locale);
  const locale = lang ? { locale: lang } : {};

  switch (route) {
    case 'opendata ask': {
      const input = AskInput.safeParse({ question: opt('question') });
      if (!input.success) return interaction.reply(ephemeral(t(lang ?? 'en', 'ui.badInput')));
      if (!(await admit(ctx, interaction))) return;
      return answerDeferred(ctx, interaction, () =>
        ctx.engine.ask({ text: input.data.question, conversation, ...locale }),
      );
    }
    case 'opendata help': {
      // Help is local to the engine (no portal call), so it fits in Discord's 3 s without a defer.
      if (!(await admit(ctx, interaction))) return;
      const reply = await ctx.engine.ask({ text: 'help', conversation, ...(lang ? { lang } : {}) });
      return interaction.reply(toReplyOptions(renderEmbeds(reply.answer, { actions: ctx.actions })));
    }
    case 'dataset search': {
      const input = SearchInput.safeParse({ city: opt('city'), query: opt('query') });
      if (!input.success) return interaction.reply(ephemeral(t(lang ?? 'en', 'ui.badInput')));
      if (!(await admit(ctx, interaction))) return;
      return answerDeferred(ctx, interaction, () =>
        ctx.engine.searchDatasets({ ...input.data, offset: 0, conversation, ...locale }),
      );
    }
    case 'dataset info': {
      const input = InfoInput.safeParse({ city: opt('city'), id: opt('id') });
      if (!input.success) return interaction.reply(ephemeral(t(lang ?? 'en', 'ui.badInput')));
      if (!(await admit(ctx, interaction))) return;
      return answerDeferred(ctx, interaction, () =>
        ctx.engine.datasetDetails({ ...input.data, conversation, ...locale }),
      );
    }
    default:
      ctx.logger.warn({ route }, 'unknown Discord command (stale registration?)');
      return interaction.reply(
        ephemeral('I do not know that command. An admin may need to run `npm run discord:register`.'),
      );
  }
}
