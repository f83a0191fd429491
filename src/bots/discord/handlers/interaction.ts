import type { Interaction } from 'discord.js';
import type { DiscordContext } from '../context.js';
import { ephemeral, SORRY_TEXT } from '../payload.js';
import { onAutocomplete } from './autocomplete.js';
import { onButton } from './button.js';
import { errorInfo } from './respond.js';
import { onSlashCommand } from './slash.js';

/** Routes one interaction; a failure is logged and, where Discord still allows it, apologised for. */
export async function onInteraction(ctx: DiscordContext, interaction: Interaction): Promise<void> {
  try {
    if (interaction.isAutocomplete()) await onAutocomplete(ctx, interaction);
    else if (interaction.isChatInputCommand()) await onSlashCommand(ctx, interaction);
    else if (interaction.isButton()) await onButton(ctx, interaction);
  } catch (err) {
    ctx.logger.error({ err: errorInfo(err), type: interaction.type }, 'Discord interaction failed');
    if (!interaction.isRepliable()) return;
    try {
      if (interaction.deferred)
        await interaction.editReply({
          content: SORRY_TEXT,
          embeds: [],
          components: [],
          allowedMentions: { parse: [] },
        });
      else if (!interaction.replied) await interaction.reply(ephemeral(SORRY_TEXT));
    } catch {
      // The interaction token may be gone; nothing more to do.
    }
  }
}
