// The public intent ids (shared/eval/TAXONOMY.md). The engine reports exactly these.
export const INTENTS = [
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
  'find_dataset',
  'portal',
  'evaluation',
  'process',
  'draft_request',
  'help',
  'out_of_scope',
] as const;
export type Intent = (typeof INTENTS)[number];

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
] as const satisfies readonly Intent[];
export type TopicIntent = (typeof TOPIC_INTENTS)[number];

/** `none`: no place named; `other`: a place the bot does not cover. */
export type CityRef = string;
export const NO_CITY = 'none';
export const OTHER_PLACE = 'other';
