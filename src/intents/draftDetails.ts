import type { DraftDetails } from './answers/draftAnswer.js';
import { extractTopic } from './extractTopic.js';

/** What a draft request is for, its subject and any volume, read from the user's own words. */
export function extractDraftDetails(original: string, rest: string): DraftDetails {
  const lower = original.toLowerCase();
  const purpose: DraftDetails['purpose'] = /\b(appeal|dispute|revok|suspend|denied|reject)/.test(lower)
    ? 'appeal'
    : /\b(api key|app token|token|key)\b/.test(lower)
      ? 'api_key'
      : /\bpublish|release|add\b/.test(lower)
        ? 'publish'
        : /\brestricted|access\b/.test(lower)
          ? 'restricted'
          : 'general';
  const volume =
    /\b(\d[\d,.]*\s*k?\s*(?:calls|requests|hits|queries)(?:\s*(?:a|per|each|\/)\s*(?:day|hour|minute|second|month))?)/i.exec(
      original,
    )?.[1];
  const about =
    /\b(?:publish(?:ing)?|release|access to|data on|data about|for)\s+(?:the\s+)?([^.?!,;]+?)(?:\s+(?:as a dataset|for a|for my|for our|for the|its for|it'?s for|we expect|so that|because)\b|[.?!,;]|$)/i.exec(
      original,
    )?.[1];
  const subject =
    purpose === 'api_key' ? 'API key' : (about ?? extractTopic(rest)).replace(/\s+/g, ' ').trim();
  return { purpose, ...(subject ? { subject } : {}), ...(volume ? { volume } : {}) };
}
