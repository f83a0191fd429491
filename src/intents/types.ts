import type { Answer, CityRef, Intent, Lang } from '../knowledge/index.js';

/** One question from any adapter. `conversation` keys the follow-up context (thread, channel, session). */
export interface Question {
  text: string;
  conversation?: string;
  /** Answer in this language whatever the text says (`--lang`). */
  lang?: Lang;
  /** The user's client language (Discord `locale`): used only when the text and conversation do not say. */
  locale?: Lang;
}

export interface EngineReply {
  intent: Intent;
  /** Every ask answered, main first: two for "how much and how long?". */
  intents: Intent[];
  /** City id the answer is for, `none` when the bot asks which city, `other` for an uncovered place. */
  city: CityRef;
  confidence: number;
  /** The language the answer is in. */
  lang: Lang;
  answer: Answer;
}

/** A city the bot covers, for pickers and slash-command choices. */
export interface CityChoice {
  id: string;
  name: string;
}

/** What every adapter may call; the engine knows nothing of Slack or Discord. */
export interface Engine {
  ask(question: Question): Promise<EngineReply>;
  /** Dataset search for explicit commands (`/dataset search`, `civic-data-bot search`). `city`: id or any name the engine knows. */
  searchDatasets(input: {
    city: string;
    query: string;
    offset?: number;
    conversation?: string;
    locale?: Lang;
  }): Promise<EngineReply>;
  /** Details of one dataset by portal id (`/dataset info`, `civic-data-bot dataset`). */
  datasetDetails(input: {
    city: string;
    id: string;
    conversation?: string;
    locale?: Lang;
  }): Promise<EngineReply>;
  /** Fast, cached dataset titles for autocomplete; never waits on a slow portal. */
  suggestDatasets(input: {
    city: string;
    prefix: string;
    limit?: number;
  }): Promise<{ id: string; title: string }[]>;
  cities(): CityChoice[];
  /** Splits a leading city name off command text: "kansas city crime" -> { city: 'kansas-city', rest: 'crime' }. */
  splitCity(text: string): { city: string; rest: string } | undefined;
}
