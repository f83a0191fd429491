/** Slack's Block Kit limits; a message over any of them is rejected outright, so the renderer stays under. */
export const LIMITS = {
  blocks: 50,
  sectionText: 3000,
  field: 2000,
  fields: 10,
  header: 150,
  buttonText: 75,
  actionsElements: 25,
  contextText: 3000,
  /** Slack's advice for a whole message; long messages are also hard to read in a thread. */
  totalChars: 12_000,
  /** Fallback `text` shown in notifications and by clients without Block Kit. */
  fallbackText: 3000,
} as const;

/** Buttons offered per clarify question; more would crowd the message. */
export const MAX_CHOICES = 10;
/** Sources listed per answer. */
export const MAX_SOURCES = 10;
