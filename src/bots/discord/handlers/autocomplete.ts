import type { ApplicationCommandOptionChoiceData, AutocompleteInteraction } from 'discord.js';
import type { DiscordContext } from '../context.js';
import { LIMITS } from '../limits.js';
import { clip } from '../text.js';

/**
 * Autocomplete for `/dataset search query` (titles) and `/dataset info id` (ids). Never deferred and
 * never rate-limited: it fires per keystroke, and is served from the suggestion cache.
 */
export async function onAutocomplete(ctx: DiscordContext, interaction: AutocompleteInteraction) {
  const focused = interaction.options.getFocused(true);
  const city = interaction.options.getString('city')?.trim();
  if (interaction.commandName !== 'dataset' || !city || typeof focused.value !== 'string') {
    return interaction.respond([]);
  }
  const prefix = focused.value.slice(0, LIMITS.choiceValue);
  const found = await ctx.suggestions.suggest({ city, prefix });
  const byId = focused.name === 'id';
  const seen = new Set<string>();
  const choices: ApplicationCommandOptionChoiceData<string>[] = [];
  for (const s of found) {
    const title = s.title.replace(/\s+/g, ' ').trim() || s.id;
    const name = byId ? clip(`${title} (${s.id})`, LIMITS.choiceName) : clip(title, LIMITS.choiceName);
    const value = byId ? s.id : clip(title, LIMITS.choiceValue);
    if (!value || value.length > LIMITS.choiceValue || seen.has(value)) continue;
    seen.add(value);
    choices.push({ name, value });
    if (choices.length === LIMITS.autocompleteChoices) break;
  }
  return interaction.respond(choices);
}
