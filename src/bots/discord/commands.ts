import {
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  SlashCommandBuilder,
  type SlashCommandStringOption,
} from 'discord.js';
import type { CityChoice } from '../../intents/types.js';

/** Longest text each option accepts; Discord enforces these before the bot sees the input. */
export const OPTION_MAX = { question: 500, query: 100, id: 100 } as const;

/** Discord accepts at most 25 fixed choices for an option. */
const MAX_CHOICES = 25;

/**
 * The slash commands, built from the engine's city list. Slash-first: nothing here needs a
 * privileged intent, and every option is typed so Discord validates it before we do.
 */
export function buildCommands(cities: CityChoice[]): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  const choices = cities
    .slice(0, MAX_CHOICES)
    .map((c) => ({ name: c.name.slice(0, 100), value: c.id.slice(0, 100) }));

  const cityOption = (o: SlashCommandStringOption) =>
    o
      .setName('city')
      .setDescription('Which city')
      .setRequired(true)
      .addChoices(...choices);

  const opendata = new SlashCommandBuilder()
    .setName('opendata')
    .setDescription("Ask how to get a city's open data")
    .addSubcommand((sub) =>
      sub
        .setName('ask')
        .setDescription('Ask a question: contacts, API keys, restricted data, fees, appeals, dataset IDs')
        .addStringOption((o) =>
          o
            .setName('question')
            .setDescription('Your question, e.g. "who do I contact in Kansas City?"')
            .setRequired(true)
            .setMaxLength(OPTION_MAX.question),
        ),
    )
    .addSubcommand((sub) => sub.setName('help').setDescription('What this bot can answer and how to ask'));

  const dataset = new SlashCommandBuilder()
    .setName('dataset')
    .setDescription("Search a city's open-data portal")
    .addSubcommand((sub) =>
      sub
        .setName('search')
        .setDescription('Search the portal for datasets')
        .addStringOption(cityOption)
        .addStringOption((o) =>
          o
            .setName('query')
            .setDescription('What to look for, e.g. "311 requests"')
            .setRequired(true)
            .setMaxLength(OPTION_MAX.query)
            .setAutocomplete(true),
        ),
    )
    .addSubcommand((sub) =>
      sub
        .setName('info')
        .setDescription('Details of one dataset: columns, update date, an example request')
        .addStringOption(cityOption)
        .addStringOption((o) =>
          o
            .setName('id')
            .setDescription('Dataset ID (start typing a title to pick one)')
            .setRequired(true)
            .setMaxLength(OPTION_MAX.id)
            .setAutocomplete(true),
        ),
    );

  return [opendata.toJSON(), dataset.toJSON()];
}
