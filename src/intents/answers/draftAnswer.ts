import type { Answer, City } from '../../knowledge/index.js';
import { citedSources, makeAnswer, officeName } from './common.js';

export interface DraftDetails {
  /** What the request is about, in the user's words ("bike lane data"), if they gave it. */
  subject?: string;
  /** Volume the user mentioned ("10k calls a day"). */
  volume?: string;
  /** The ask: an API key, access to a restricted dataset, publishing a new one, or an appeal. */
  purpose: 'api_key' | 'restricted' | 'publish' | 'appeal' | 'general';
}

const OPENERS: Record<DraftDetails['purpose'], string> = {
  api_key: 'I am writing to request an API key (programmatic access) for',
  restricted: 'I am writing to request access to',
  publish: 'I am writing to ask the City to publish',
  appeal:
    'I am writing to ask for a written explanation of, and the appeal or review process for, the decision on',
  general: 'I am writing to request',
};

/** A ready-to-send letter to the right office, with the items the city's guide asks for as blanks. */
export function draftAnswer(city: City, details: DraftDetails, confidence: number): Answer {
  const to = officeName(city, city.draft.to) ?? city.offices[0]!.name;
  const subject = details.subject?.trim() || '[dataset name or ID]';
  const lines = [
    `To: ${to}, ${city.officialName}`,
    `Subject: Data request: ${subject}`,
    '',
    'Hello,',
    '',
    `${OPENERS[details.purpose]} ${subject}.`,
    '',
    ...city.draft.items.map((item) => {
      const label = item.text.replace(/[.:]\s*$/, '');
      const isVolume = /traffic|volume|calls|requests per/i.test(label);
      return `- ${label}: ${isVolume && details.volume ? details.volume : '[fill in]'}`;
    }),
    '',
    'Could you also tell me the expected review timeline, whether a data-sharing agreement or any form is required, and who to contact if I have questions?',
    '',
    'Thank you,',
    '[your name, organisation, email, phone]',
  ];
  return makeAnswer({
    kind: 'draft',
    intent: 'draft_request',
    city: city.id,
    title: `Draft request to ${to} (${city.officialName})`,
    summary: `Here is a draft addressed to ${to}. Fill in the bracketed blanks; the items listed are what the ${city.name} guide says a request should include.`,
    points: city.draft.items.map((i) => i.text),
    body: lines.join('\n'),
    sources: citedSources(city, city.draft.items),
    confidence,
  });
}
