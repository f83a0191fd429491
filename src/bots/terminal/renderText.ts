import { messages } from '../../i18n/index.js';
import {
  type Answer,
  citeMarks,
  hasCitations,
  hiddenPointCount,
  shownPoints,
  shownSources,
} from '../../knowledge/index.js';
import { stripControlsDeep } from './stripControls.js';

export interface TextStyle {
  /** Wrap width; 0 means no wrapping (the `--json` text field). */
  width: number;
  color: boolean;
  /** Every point, not only the first ones (`--full`, `more` in chat). */
  full?: boolean;
  /** How to see the rest, e.g. `type "more"`; said after the points when some are left out. */
  moreHint?: 'ui.hintFull' | 'ui.hintMore';
}

const PLAIN: TextStyle = { width: 0, color: false };
const ansi = (code: string, s: string, on: boolean) => (on ? `\u001b[${code}m${s}\u001b[0m` : s);

function wrap(text: string, width: number, indent = ''): string {
  if (width <= 0) return indent + text;
  const out: string[] = [];
  for (const para of text.split('\n')) {
    let line = indent;
    for (const word of para.split(' ')) {
      if (line.trim() && line.length + word.length + 1 > width) {
        out.push(line.trimEnd());
        line = ' '.repeat(indent.length);
      }
      line += (line.trim() ? ' ' : '') + word;
    }
    out.push(line.trimEnd());
  }
  return out.join('\n');
}

const bullet = (text: string, style: TextStyle, depth = 0) => {
  const pad = depth ? '  '.repeat(depth) : '';
  const body = wrap(text, style.width ? style.width - 2 - pad.length : 0, '');
  return `${pad}- ${body.includes('\n') ? body.split('\n').join(`\n${pad}  `) : body}`;
};

/** The plain-text rendering of an Answer: the terminal shows it, and `--json` carries it as `text`. */
export function renderText(raw: Answer, style: TextStyle = PLAIN): string {
  // Portal titles and descriptions reach the terminal: only our own styling codes may.
  const answer = stripControlsDeep(raw);
  const m = messages(answer.lang ?? 'en');
  const lines: string[] = [];
  lines.push(ansi('1', wrap(answer.title, style.width), style.color));
  lines.push(wrap(answer.summary + citeMarks(answer.summaryCites ?? []), style.width));
  const points = shownPoints(answer, style.full);
  if (points.length) lines.push('', ...points.map((p) => bullet(p.text + citeMarks(p.cites), style)));
  const hidden = hiddenPointCount(answer, style.full);
  if (hidden)
    lines.push(
      wrap(
        m(hidden === 1 ? 'ui.morePointsOne' : 'ui.morePointsMany', {
          count: hidden,
          hint: m(style.moreHint ?? 'ui.hintFull'),
        }),
        style.width,
      ),
    );
  for (const section of answer.sections) {
    lines.push('', ansi('1', wrap(section.heading, style.width), style.color));
    if (section.summary)
      lines.push(wrap(section.summary + citeMarks(section.summaryCites ?? []), style.width));
    lines.push(...section.points.map((p, i) => bullet(p + citeMarks(section.cites?.[i] ?? []), style)));
  }
  if (answer.body) lines.push('', '-----', answer.body, '-----');
  if (answer.datasets?.length) {
    lines.push('');
    for (const d of answer.datasets) {
      const meta = [
        d.id,
        d.type,
        d.updatedAt ? m('ui.updatedOn', { date: d.updatedAt.slice(0, 10) }) : undefined,
        d.category,
        d.license ? m('ui.licenseIs', { value: d.license }) : undefined,
      ]
        .filter(Boolean)
        .join(' | ');
      lines.push(bullet(`${ansi('1', d.title || d.id, style.color)} (${meta})`, style));
      if (d.notCityOwn) lines.push(bullet(d.notCityOwn, style, 1));
      if (d.description) lines.push(bullet(d.description.slice(0, 200), style, 1));
      if (d.pageUrl) lines.push(bullet(`${m('ui.page')}: ${d.pageUrl}`, style, 1));
      if (d.apiUrl) lines.push(bullet(`${m('ui.api')}: ${d.apiUrl}`, style, 1));
    }
  }
  if (answer.dataset) {
    const d = answer.dataset;
    if (d.columns.length) {
      lines.push('', ansi('1', m('ui.columns', { count: d.columns.length }), style.color));
      lines.push(...d.columns.map((c) => bullet(`${c.name} [${c.fieldName}]: ${c.type}`, style)));
    }
    if (d.example) lines.push('', ansi('1', m('ui.tryIt'), style.color), d.example);
  }
  if (answer.choices.length)
    lines.push('', `${m('ui.options')}: ${answer.choices.map((c, i) => `${i + 1}) ${c.label}`).join('  ')}`);
  if (answer.notices.length)
    lines.push('', ...answer.notices.map((n) => ansi('33', `${m('ui.note')}: ${n}`, style.color)));
  const sources = shownSources(answer, style.full);
  if (sources.length) {
    const numbered = hasCitations(answer);
    lines.push('', ansi('2', `${m('ui.sources')}:`, style.color));
    lines.push(
      ...sources.map((s) =>
        ansi(
          '2',
          bullet(`${numbered ? `[${s.n}] ` : ''}${s.title}${s.url ? ` <${s.url}>` : ''}`, style),
          style.color,
        ),
      ),
    );
  }
  return lines.join('\n');
}
