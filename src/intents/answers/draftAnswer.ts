import type { Answer, City } from '../../knowledge/index.js';
import type { DraftFacts, DraftKind } from '../draftFacts.js';
import { createSourceList } from './citations.js';
import { makeAnswer, officeName } from './common.js';
import { datasetLabel, draftSubject } from './draftWording.js';

interface Line {
  label: string;
  value?: string;
  sources: string[];
}

/** The blank for an item: its name without asides ("[exact fields needed]", "[access volume]"). */
export function blank(label: string): string {
  const short = label
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/:.*$/, '')
    .trim();
  // "Exact fields" -> "exact fields", but "API endpoint" stays.
  return `[${/^[A-Z][a-z]/.test(short) ? short.charAt(0).toLowerCase() + short.slice(1) : short}]`;
}

const VERB: Record<string, string> = {
  revoked: 'revoke',
  suspended: 'suspend',
  denied: 'deny',
  rejected: 'reject',
  terminated: 'terminate',
};

/** Items of the city's guide a request fills in; `A request for ...` items are questions for the closing. */
function requestLines(city: City, kind: DraftKind, facts: DraftFacts, label: string | undefined): Line[] {
  const items = city.draft.items.filter((i) => !/^A request for /i.test(i.text));
  return items.flatMap((item): Line[] => {
    const name = item.text.replace(/[.:]\s*$/, '');
    const isDataset = /dataset name|name and (scope|description)/i.test(name);
    // An API key letter lists what the guide asks of a key request, not of a new dataset.
    if (kind === 'api_key' && !label && /dataset|fields|sample|format|metadata|legal|endpoint/i.test(name))
      return [];
    const value = isDataset
      ? label
      : /intended use|use case|data-use|purpose/i.test(name)
        ? facts.purpose
        : /volume|traffic/i.test(name)
          ? facts.volume
          : /contact person/i.test(name)
            ? facts.person
            : undefined;
    return [{ label: name, ...(value ? { value } : {}), sources: item.sources }];
  });
}

function appealLines(city: City, facts: DraftFacts): Line[] {
  const sources = city.topics.denied_appeal.points[0]!.sources;
  return [
    ...(facts.dates?.length ? [] : [{ label: 'Date of the decision', sources }]),
    { label: 'Reference number of the decision or notice, if any', sources },
    {
      label: 'How you use the data and how you protect it',
      ...(facts.purpose ? { value: facts.purpose } : {}),
      sources,
    },
  ];
}

function opening(kind: DraftKind, facts: DraftFacts, label: string | undefined, unnamed: string): string {
  const forPurpose = facts.purpose ? ` for ${facts.purpose}` : '';
  const on = facts.dates?.length ? ` on ${facts.dates[0]}` : '';
  switch (kind) {
    case 'appeal': {
      const thing = label ? `my access to ${label}` : facts.aboutKey ? 'my API key' : 'my access';
      const decided = facts.decision ? `to ${VERB[facts.decision] ?? facts.decision} ` : 'on ';
      return `I am writing to ask for a review of the decision ${decided}${thing}${on}.`;
    }
    case 'api_key': {
      const what = facts.higherLimits ? 'higher rate limits for my API key' : 'an API key';
      const where = label ? ` for ${label}` : " on the City's open data portal";
      return `I am writing to request ${what}${where}${facts.purpose ? `, for ${facts.purpose}` : ''}.`;
    }
    case 'publish':
      return `I am writing to ask the City to publish ${label ?? unnamed} as open data${forPurpose}.`;
    case 'access':
      return `I am writing to request access to ${label ?? unnamed}${facts.dataset?.restricted ? ' (not public)' : ''}${forPurpose}.`;
  }
}

function closing(city: City, kind: DraftKind): string {
  if (kind === 'appeal')
    return 'Please send me the written grounds for the decision and the appeal or review procedure, including any deadline, and tell me who handles it.';
  const asks = city.draft.items.filter((i) => /^A request for /i.test(i.text));
  const ask = asks.map((i) => i.text.replace(/^A request for /i, '').replace(/[.:]\s*$/, '')).join('; ');
  return ask
    ? `Could you also tell me ${ask}, and who to contact with questions?`
    : 'Could you also tell me the expected review timeline and who to contact with questions?';
}

const KIND_NOUN: Record<DraftKind, string> = {
  appeal: 'appeal',
  api_key: 'API key request',
  access: 'access request',
  publish: 'request to publish a dataset',
};

/**
 * A ready-to-send letter to the right office, built from what the conversation established; what is
 * still unknown is a [bracketed] blank, and the blanks are listed after the letter.
 */
export function draftAnswer(city: City, facts: DraftFacts, confidence: number): Answer {
  const kind: DraftKind = facts.kind ?? 'access';
  const officeId = kind === 'appeal' ? (city.topics.denied_appeal.askOffice ?? city.draft.to) : city.draft.to;
  const to = officeName(city, officeId) ?? city.offices[0]!.name;
  const label = datasetLabel(facts.dataset);
  const lines = kind === 'appeal' ? appealLines(city, facts) : requestLines(city, kind, facts, label);
  const datasetItem = lines.find((l) => /dataset name|name and (scope|description)/i.test(l.label));
  const unnamed = datasetItem ? blank(datasetItem.label) : '[dataset name or ID]';
  const placeholders = [
    ...new Set([
      ...(kind !== 'appeal' && kind !== 'api_key' && !label ? [unnamed] : []),
      ...lines.filter((l) => !l.value).map((l) => blank(l.label)),
      ...(facts.person ? [] : ['[your name]']),
      '[your email]',
    ]),
  ];
  const body = [
    `To: ${to}, ${city.officialName}`,
    `Subject: ${draftSubject(kind, label, facts.higherLimits)}`,
    '',
    'Hello,',
    '',
    opening(kind, facts, label, unnamed),
    '',
    ...lines.map((l) => `- ${l.label}: ${l.value ?? blank(l.label)}`),
    '',
    closing(city, kind),
    '',
    'Thank you,',
    [facts.person ?? '[your name]', facts.organisation].filter(Boolean).join(', '),
    '[your email]',
  ].join('\n');

  const used = [
    label && `dataset: ${label}`,
    facts.purpose && `purpose: ${facts.purpose}`,
    facts.volume && `volume: ${facts.volume}`,
    facts.dates?.length && `date: ${facts.dates.join(', ')}`,
    facts.person && `name: ${facts.person}`,
  ].filter(Boolean);
  const list = createSourceList();
  for (const l of lines) list.cite(city, l.sources);
  return makeAnswer({
    kind: 'draft',
    intent: 'draft_request',
    city: city.id,
    title: `Draft ${KIND_NOUN[kind]} to ${to} (${city.officialName})`,
    summary: `A draft ${KIND_NOUN[kind]} to the ${to}${used.length ? `, using what you told me (${used.join('; ')})` : ''}. Fill in before sending: ${placeholders.join(', ')}.`,
    body,
    sources: list.sources(),
    confidence,
  });
}
