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

const APPEAL_ITEMS = [
  'What was denied or revoked (dataset, API key or account)',
  'Date and any reference number of the decision or notice',
  'How you use the data and how you protect it',
];

/** A ready-to-send letter to the right office, with the items the city's guide asks for as blanks. */
export function draftAnswer(city: City, details: DraftDetails, confidence: number): Answer {
  const to = officeName(city, city.draft.to) ?? city.offices[0]!.name;
  const appeal = details.purpose === 'appeal';
  const subject = details.subject?.trim() || (appeal ? 'my access' : '[dataset name or ID]');
  const blank = (label: string) => {
    const isVolume = /traffic|volume|calls|requests per/i.test(label);
    return `- ${label}: ${isVolume && details.volume ? details.volume : '[fill in]'}`;
  };
  const lines = [
    `To: ${to}, ${city.officialName}`,
    `Subject: ${appeal ? 'Request for review of an access decision' : `Data request: ${subject}`}`,
    '',
    'Hello,',
    '',
    `${OPENERS[details.purpose]} ${subject}.`,
    '',
    ...(appeal ? APPEAL_ITEMS : city.draft.items.map((item) => item.text.replace(/[.:]\s*$/, ''))).map(blank),
    '',
    appeal
      ? 'Please send me the written grounds for the decision and the appeal or review procedure, including any deadline, and tell me who handles it.'
      : 'Could you also tell me the expected review timeline, whether a data-sharing agreement or any form is required, and who to contact if I have questions?',
    '',
    'Thank you,',
    '[your name, organisation, email, phone]',
  ];
  return makeAnswer({
    kind: 'draft',
    intent: 'draft_request',
    city: city.id,
    title: `Draft ${appeal ? 'appeal' : 'request'} to ${to} (${city.officialName})`,
    summary: appeal
      ? `Here is a draft addressed to ${to} asking for the written grounds and the review procedure. Fill in the bracketed blanks. For the ${city.name} guide's appeal advice, ask "how do I appeal in ${city.name}?".`
      : `Here is a draft addressed to ${to}. Fill in the bracketed blanks; the items listed are what the ${city.name} guide says a request should include.`,
    points: appeal ? [] : city.draft.items.map((i) => i.text),
    body: lines.join('\n'),
    sources: citedSources(city, city.draft.items),
    confidence,
  });
}
