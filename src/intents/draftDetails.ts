import type { DraftDetails } from './answers/draftAnswer.js';
import { extractTopic } from './extractTopic.js';

const DRAFT_WORDS = new Set(
  'write draft email e-mail letter message msg note short quick asking ask request requesting send can you pls appealing appeal revoked denied rejected my me everyone channel here'.split(
    ' ',
  ),
);

/** The user's words as a subject line: no mentions, links or markup, one line, a sane length. */
function cleanSubject(text: string): string {
  return text
    .replace(/<[^>]*>?/g, ' ')
    .replace(/[<>]|!(?:channel|here|everyone)\b/g, ' ')
    .replace(/@\w+/g, ' ')
    .replace(/[*_`~|[\]]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
}

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
    /\b(?:publish(?:ing)?|release|access to|data on|data about|requesting|request(?:ing)? for|asking for|for)\s+(?:the\s+|a\s+|an\s+)?([^.?!,;]+?)(?:\s+(?:as a dataset|for a|for my|for our|for the|its for|it'?s for|we expect|so that|because)\b|[.?!,;]|$)/i.exec(
      original,
    )?.[1];
  const fromTopic = extractTopic(rest)
    .split(' ')
    .filter((w) => !DRAFT_WORDS.has(w))
    .join(' ');
  const subject =
    purpose === 'api_key'
      ? 'API key'
      : purpose === 'appeal'
        ? ''
        : cleanSubject(about ?? '') || cleanSubject(fromTopic);
  return { purpose, ...(subject ? { subject } : {}), ...(volume ? { volume } : {}) };
}
