import { type MessageKey, messages } from '../../i18n/index.js';
import {
  type Answer,
  citeMarks,
  type DatasetDetails,
  type DatasetHit,
  hasCitations,
  type Lang,
  shownSources,
} from '../../knowledge/index.js';
import { LIMITS } from './limits.js';
import { clip, codeBlock, inlineCode, markdownLink, neutralise, safeUrl } from './text.js';

/** A field before limits are applied: text already neutralised, not yet cut to size. */
export interface DraftField {
  name: string;
  value: string;
  inline?: boolean;
}

const SNIPPET = 280;

/** One bullet per point, each ending with the numbers of its sources when it has them. */
export function bullets(points: string[], cites: number[][] = []): string {
  return points.map((p, i) => `• ${neutralise(p.trim())}${citeMarks(cites[i] ?? [])}`).join('\n');
}

function shortDate(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const day = /^\d{4}-\d{2}-\d{2}/.exec(iso)?.[0];
  return day ?? clip(neutralise(iso), 40);
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function hitField(hit: DatasetHit, n: number, lang: Lang = 'en'): DraftField {
  const m = messages(lang);
  const meta = [`ID ${inlineCode(hit.id)}`];
  const updated = shortDate(hit.updatedAt);
  if (updated) meta.push(m('ui.updatedOn', { date: updated }));
  if (hit.type) meta.push(neutralise(oneLine(hit.type)));
  if (hit.category) meta.push(neutralise(oneLine(hit.category)));
  if (hit.license) meta.push(`license: ${neutralise(oneLine(hit.license))}`);
  const lines = [meta.join(' · ')];
  if (hit.notCityOwn) lines.push(`*${neutralise(oneLine(hit.notCityOwn))}*`);
  if (safeUrl(hit.pageUrl)) lines.push(markdownLink(m('ui.openOnPortal'), hit.pageUrl));
  const about = oneLine(hit.description);
  if (about) lines.push(clip(neutralise(about), SNIPPET));
  return { name: `${n}. ${neutralise(oneLine(hit.title) || hit.id)}`, value: lines.join('\n') };
}

export function detailFields(d: DatasetDetails, lang: Lang = 'en'): DraftField[] {
  const m = messages(lang);
  const fields: DraftField[] = [{ name: 'ID', value: inlineCode(d.id), inline: true }];
  const add = (key: MessageKey, value: string | undefined) => {
    if (value) fields.push({ name: m(key), value, inline: true });
  };
  add('ui.type', neutralise(oneLine(d.type)));
  add('ui.updated', shortDate(d.rowsUpdatedAt ?? d.updatedAt));
  add('ui.rows', d.rowCount === undefined ? undefined : d.rowCount.toLocaleString('en-US'));
  add('ui.category', d.category && neutralise(oneLine(d.category)));
  add('ui.license', d.license && neutralise(oneLine(d.license)));
  add('ui.attribution', d.attribution && neutralise(oneLine(d.attribution)));
  if (d.columns.length > 0) {
    const lines = d.columns.map(
      (c) => `• ${neutralise(oneLine(c.name))} ${inlineCode(c.fieldName)} · ${neutralise(oneLine(c.type))}`,
    );
    fields.push({
      name: m('ui.columns', { count: d.columns.length }),
      value: joinLines(lines, LIMITS.fieldValue),
    });
  }
  if (safeUrl(d.apiUrl))
    fields.push({ name: m('ui.api'), value: markdownLink(m('ui.apiEndpoint'), d.apiUrl) });
  if (d.example)
    fields.push({ name: m('ui.exampleRequest'), value: codeBlock(d.example, LIMITS.fieldValue) });
  return fields;
}

export function sectionField(section: Answer['sections'][number]): DraftField {
  const summary = section.summary
    ? neutralise(section.summary.trim()) + citeMarks(section.summaryCites ?? [])
    : '';
  return {
    name: neutralise(section.heading.trim()),
    value: [summary, bullets(section.points, section.cites)].filter(Boolean).join('\n'),
  };
}

export function noteFields(notices: string[], lang: Lang = 'en'): DraftField[] {
  if (notices.length === 0) return [];
  return [
    {
      name: messages(lang)('ui.note'),
      value: joinLines(
        notices.map((n) => neutralise(n.trim())),
        LIMITS.fieldValue,
      ),
    },
  ];
}

export function sourceFields(answer: Answer, full = false): DraftField[] {
  const sources = shownSources(answer, full);
  if (sources.length === 0) return [];
  const numbered = hasCitations(answer);
  const lines = sources.map(
    (s) => `• ${numbered ? `[${s.n}] ` : ''}${markdownLink(oneLine(s.title), s.url)}`,
  );
  return [{ name: messages(answer.lang ?? 'en')('ui.sources'), value: joinLines(lines, LIMITS.fieldValue) }];
}

/** Whole lines up to `max` characters, then a count of the ones left out. */
function joinLines(lines: string[], max: number): string {
  const kept: string[] = [];
  let used = 0;
  for (const [i, line] of lines.entries()) {
    const rest = lines.length - i - 1;
    const tail = rest > 0 ? `\n…and ${rest + 1} more`.length : 0;
    const piece = clip(line, max - tail);
    if (used + piece.length + (kept.length ? 1 : 0) + tail > max) {
      kept.push(`…and ${lines.length - i} more`);
      return kept.join('\n');
    }
    kept.push(piece);
    used += piece.length + (kept.length > 1 ? 1 : 0);
  }
  return kept.join('\n');
}
