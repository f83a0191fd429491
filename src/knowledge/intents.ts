/** Intents answered from a city's knowledge file: every city must carry a topic for each. */
export const TOPIC_INTENTS = [
  'contact',
  'api_key',
  'request_access',
  'denied_appeal',
  'penalties',
  'forms',
  'fees',
  'timeline',
  'rate_limits',
  'dataset_id',
  'portal',
  'evaluation',
  'process',
] as const;
export type TopicIntent = (typeof TOPIC_INTENTS)[number];

// The public intent ids (shared/eval/TAXONOMY.md). The engine reports exactly these.
export const INTENTS = [...TOPIC_INTENTS, 'find_dataset', 'draft_request', 'help', 'out_of_scope'] as const;
export type Intent = (typeof INTENTS)[number];

/** `none`: no place named; `other`: a place the bot does not cover. */
export type CityRef = string;
