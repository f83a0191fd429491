import { isMessageKey, type MessageKey, messages } from '../../i18n/index.js';
import type { Answer, City, Lang } from '../../knowledge/index.js';
import type { DraftFacts, DraftKind } from '../draftFacts.js';
import { createSourceList } from './citations.js';
import { makeAnswer, officeName } from './common.js';
import { datasetLabel, draftSubject } from './draftWording.js';

interface Line {
  /** The guide's item, in English: what decides which fact fills it. */
  label: string;
  /** The same item as the letter shows it, in the letter's language. */
  shown: string;
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
  return `[${/^\p{Lu}\p{Ll}/u.test(short) ? short.charAt(0).toLowerCase() + short.slice(1) : short}]`;
}

const ITEM_END = /[.:]\s*$/;
/** A guide item that is a question for the letter's closing, not a blank: "A request for ...". */
const CLOSING_ITEM = /^(?:A request for |Una solicitud de )/i;

/**
 * Items of the city's guide a request fills in. `letterCity` is the city in the letter's language:
 * its items line up one for one with the English ones, whose wording picks the fact for each blank.
 */
function requestLines(
  city: City,
  letterCity: City,
  kind: DraftKind,
  facts: DraftFacts,
  label: string | undefined,
): Line[] {
  return city.draft.items.flatMap((item, i): Line[] => {
    if (CLOSING_ITEM.test(item.text)) return [];
    const name = item.text.replace(ITEM_END, '');
    const shown = (letterCity.draft.items[i]?.text ?? item.text).replace(ITEM_END, '');
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
    return [{ label: name, shown, ...(value ? { value } : {}), sources: item.sources }];
  });
}

function appealLines(city: City, facts: DraftFacts, lang: Lang): Line[] {
  const m = messages(lang);
  const sources = city.topics.denied_appeal.points[0]!.sources;
  const line = (key: MessageKey, value?: string): Line => ({
    label: key,
    shown: m(key),
    ...(value ? { value } : {}),
    sources,
  });
  return [
    ...(facts.dates?.length ? [] : [line('draft.appealDate')]),
    line('draft.appealReference'),
    line('draft.appealUse', facts.purpose),
  ];
}

function opening(
  kind: DraftKind,
  facts: DraftFacts,
  label: string | undefined,
  unnamed: string,
  lang: Lang,
): string {
  const m = messages(lang);
  const forPurpose = facts.purpose ? m('draft.forPurpose', { purpose: facts.purpose }) : '';
  switch (kind) {
    case 'appeal': {
      const thing = label
        ? m('draft.myAccessTo', { label })
        : facts.aboutKey
          ? m('draft.myApiKey')
          : m('draft.myAccess');
      const verbKey = `draft.verb.${facts.decision ?? ''}`;
      const decided = facts.decision
        ? m('draft.decisionTo', { verb: isMessageKey(verbKey) ? m(verbKey) : facts.decision })
        : m('draft.decisionOn');
      const on = facts.dates?.length ? m('draft.onDate', { date: facts.dates[0]! }) : '';
      return m('draft.openAppeal', { decided, thing, on });
    }
    case 'api_key':
      return m('draft.openKey', {
        what: m(facts.higherLimits ? 'draft.higherLimits' : 'draft.anApiKey'),
        where: label ? m('draft.forLabel', { label }) : m('draft.onThePortal'),
        purpose: facts.purpose ? m('draft.commaForPurpose', { purpose: facts.purpose }) : '',
      });
    case 'publish':
      return m('draft.openPublish', { label: label ?? unnamed, purpose: forPurpose });
    case 'access':
      return m('draft.openAccess', {
        label: label ?? unnamed,
        restricted: facts.dataset?.restricted ? m('draft.notPublic') : '',
        purpose: forPurpose,
      });
  }
}

function closing(letterCity: City, kind: DraftKind, lang: Lang): string {
  const m = messages(lang);
  if (kind === 'appeal') return m('draft.closeAppeal');
  const asks = letterCity.draft.items.filter((i) => CLOSING_ITEM.test(i.text));
  const ask = asks.map((i) => i.text.replace(CLOSING_ITEM, '').replace(ITEM_END, '')).join('; ');
  return ask ? m('draft.closeAsking', { ask }) : m('draft.close');
}

/**
 * A ready-to-send letter to the right office, built from what the conversation established; what is
 * still unknown is a [bracketed] blank, and the blanks are listed after the letter. `city` is the
 * English original: the framing is in `lang`, the letter in the language the user asked for, else `lang`.
 */
export function draftAnswer(
  city: City,
  facts: DraftFacts,
  confidence: number,
  lang: Lang = 'en',
  letterCity: City = city,
): Answer {
  const m = messages(lang);
  const letterLang = facts.letterLang ?? lang;
  const l = messages(letterLang);
  const kind: DraftKind = facts.kind ?? 'access';
  const officeId = kind === 'appeal' ? (city.topics.denied_appeal.askOffice ?? city.draft.to) : city.draft.to;
  const to = officeName(city, officeId) ?? city.offices[0]!.name;
  const label = datasetLabel(facts.dataset, letterLang);
  const lines =
    kind === 'appeal'
      ? appealLines(city, facts, letterLang)
      : requestLines(city, letterCity, kind, facts, label);
  const datasetItem = lines.find((line) => /dataset name|name and (scope|description)/i.test(line.label));
  const unnamed = datasetItem ? blank(datasetItem.shown) : l('draft.blankSubject');
  const yourName = l('draft.yourName');
  const yourEmail = l('draft.yourEmail');
  const placeholders = [
    ...new Set([
      ...(kind !== 'appeal' && kind !== 'api_key' && !label ? [unnamed] : []),
      ...lines.filter((line) => !line.value).map((line) => blank(line.shown)),
      ...(facts.person ? [] : [yourName]),
      yourEmail,
    ]),
  ];
  const body = [
    l('draft.to', { office: to, city: city.officialName }),
    l('draft.subjectLine', { subject: draftSubject(kind, label, facts.higherLimits, letterLang) }),
    '',
    l('draft.hello'),
    '',
    opening(kind, facts, label, unnamed, letterLang),
    '',
    ...lines.map((line) => `- ${line.shown}: ${line.value ?? blank(line.shown)}`),
    '',
    closing(letterCity, kind, letterLang),
    '',
    l('draft.thanks'),
    [facts.person ?? yourName, facts.organisation].filter(Boolean).join(', '),
    yourEmail,
  ].join('\n');

  const used = [
    label && m('draft.usedDataset', { value: label }),
    facts.purpose && m('draft.usedPurpose', { value: facts.purpose }),
    facts.volume && m('draft.usedVolume', { value: facts.volume }),
    facts.dates?.length && m('draft.usedDate', { value: facts.dates.join(', ') }),
    facts.person && m('draft.usedName', { value: facts.person }),
  ].filter(Boolean);
  const list = createSourceList();
  for (const line of lines) list.cite(city, line.sources);
  const noun = m(`draft.kind.${kind}`);
  return makeAnswer({
    kind: 'draft',
    intent: 'draft_request',
    city: city.id,
    lang,
    title: m('draft.title', { kind: noun, office: to, city: city.officialName }),
    summary: m('draft.summary', {
      kind: noun,
      office: to,
      used: used.length ? m('draft.usingWhatYouSaid', { list: used.join('; ') }) : '',
      blanks: placeholders.join(', '),
    }),
    body,
    ...(letterLang !== lang
      ? { notices: [m('draft.letterIn', { language: m(`language.${letterLang}`) })] }
      : {}),
    sources: list.sources(),
    confidence,
  });
}
