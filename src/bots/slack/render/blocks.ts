import type { types } from '@slack/bolt';
import { type MessageKey, messages } from '../../../i18n/index.js';
import {
  type Answer,
  citeMarks,
  type DatasetDetails,
  type DatasetHit,
  hasCitations,
  hiddenPointCount,
  type Lang,
  shownPoints,
  shownSources,
} from '../../../knowledge/index.js';
import { ACTION, MAX_BUTTON_VALUE } from '../actionIds.js';
import { defaultExpandStore, type ExpandStore } from '../expandStore.js';
import { clip, clipEscaped, escapeText, link, safeUrl } from './escape.js';
import { fallbackText } from './fallback.js';
import { layoutBlocks, mrkdwnSection, type Piece } from './layout.js';
import { LIMITS, MAX_CHOICES, MAX_SOURCES } from './limits.js';

type KnownBlock = types.KnownBlock;
type Button = types.Button;

export interface RenderOptions {
  /** Adds a "Share in channel" button carrying this id (ephemeral slash-command answers). */
  shareId?: string;
  /** Slack user id of whoever shared the answer publicly, shown in the context line. */
  sharedBy?: string;
  /** 👍/👎 buttons; on unless turned off. */
  feedback?: boolean;
  /** Every point (after a *More* click) rather than the first ones and a *More* button. */
  full?: boolean;
  /** Where answers wait for their *More* click; the shared store unless one is injected. */
  expansions?: ExpandStore;
}

export interface RenderedMessage {
  text: string;
  blocks: KnownBlock[];
}

/**
 * Block Kit for an engine Answer: header, summary, notices, points, sections, drafted body, datasets or
 * dataset details, sources as links, a context line and the buttons. Every string from the answer is
 * escaped, and the whole stays within Slack's limits, ending in a pointer to the rest when cut.
 */
export function renderBlocks(answer: Answer, options: RenderOptions = {}): RenderedMessage {
  const lang = answer.lang ?? 'en';
  const head: KnownBlock[] = [];
  const title = clip(answer.title.trim(), LIMITS.header);
  if (title) head.push({ type: 'header', text: { type: 'plain_text', text: title, emoji: true } });

  const body: Piece[] = [];
  const summary = answer.summary.trim();
  if (summary)
    body.push({ type: 'lines', lines: [escapeText(summary + citeMarks(answer.summaryCites ?? []))] });
  if (answer.notices.length > 0) body.push({ type: 'block', block: noticeBlock(answer.notices) });
  const points = shownPoints(answer, options.full);
  if (points.length > 0) body.push({ type: 'lines', lines: points.map((p) => bullet(p.text, p.cites)) });
  for (const section of answer.sections) {
    const lines = [`*${escapeText(section.heading)}*`];
    if (section.summary) lines.push(escapeText(section.summary + citeMarks(section.summaryCites ?? [])));
    lines.push(...section.points.map((p, i) => bullet(p, section.cites?.[i] ?? [])));
    body.push({ type: 'lines', lines });
  }
  if (answer.body) body.push({ type: 'lines', lines: answer.body.split('\n').map(escapeText), code: true });
  if (answer.dataset) body.push(...detailsPieces(answer.dataset, lang));
  const hits = answer.datasets ?? [];
  const datasetPiece = body.length;
  if (hits.length > 0) body.push({ type: 'lines', lines: hits.map((h) => hitLine(h, lang)) });

  // Stored once per message, whatever the layout tries.
  const hidden = hiddenPointCount(answer, options.full);
  const expandId = hidden > 0 ? (options.expansions ?? defaultExpandStore()).put(answer) : undefined;
  const tail = (shownHits: number): KnownBlock[] =>
    tailBlocks(answer, options, shownHits, hits.length === 0 ? 0 : hits.length - shownHits, expandId);

  const layout = layoutBlocks({
    head,
    body,
    tail: tail(hits.length),
    notice: truncationNotice(answer, lang),
    tailSlack: 40,
  });
  const shownHits = hits.length > 0 ? (layout.shown[datasetPiece] ?? 0) : 0;
  const finalTail = tail(shownHits);
  const blocks = [...layout.blocks.slice(0, layout.blocks.length - finalTail.length), ...finalTail];
  return { text: fallbackText(answer), blocks };
}

function bullet(point: string, cites: number[] = []): string {
  return `• ${escapeText(point)}${citeMarks(cites)}`;
}

function noticeBlock(notices: string[]): KnownBlock {
  const text = clipEscaped(notices.map((n) => `⚠️ ${escapeText(n)}`).join('\n'), LIMITS.contextText);
  return { type: 'context', elements: [{ type: 'mrkdwn', text }] };
}

function isoDay(value: string | undefined): string | undefined {
  const m = value?.match(/^\d{4}-\d{2}-\d{2}/);
  return m?.[0];
}

function code(value: string): string {
  // A backtick would close the inline code early.
  return `\`${escapeText(value.replace(/`/g, "'"))}\``;
}

/** One compact line per dataset: linked title, ID, type, updated date, API link. */
function hitLine(hit: DatasetHit, lang: Lang): string {
  const parts = [`• *${link(hit.pageUrl, clip(hit.title || hit.id, 120))}*`, code(clip(hit.id, 80))];
  const meta: string[] = [];
  if (hit.type) meta.push(escapeText(clip(hit.type, 40)));
  const day = isoDay(hit.updatedAt);
  if (day) meta.push(messages(lang)('ui.updatedOn', { date: day }));
  if (hit.category) meta.push(escapeText(clip(hit.category, 60)));
  if (hit.license) meta.push(messages(lang)('ui.licenseIs', { value: escapeText(clip(hit.license, 80)) }));
  if (safeUrl(hit.apiUrl)) meta.push(link(hit.apiUrl, 'API'));
  const line = meta.length > 0 ? `${parts.join(' ')} · ${meta.join(' · ')}` : parts.join(' ');
  return hit.notCityOwn ? `${line}\n    _${escapeText(clip(hit.notCityOwn, 200))}_` : line;
}

function field(label: string, value: string): types.MrkdwnElement {
  return { type: 'mrkdwn', text: clipEscaped(`*${label}*\n${value}`, LIMITS.field) };
}

function detailsPieces(d: DatasetDetails, lang: Lang): Piece[] {
  const m = messages(lang);
  const labelled = (key: MessageKey, value: string) => field(m(key), value);
  const pieces: Piece[] = [];
  if (d.description.trim()) pieces.push({ type: 'lines', lines: [escapeText(d.description.trim())] });
  const fields: types.MrkdwnElement[] = [field('ID', code(d.id))];
  if (d.type) fields.push(labelled('ui.type', escapeText(d.type)));
  const updated = isoDay(d.rowsUpdatedAt) ?? isoDay(d.updatedAt);
  if (updated) fields.push(labelled('ui.updated', updated));
  if (d.rowCount !== undefined) fields.push(labelled('ui.rows', d.rowCount.toLocaleString('en-US')));
  if (d.category) fields.push(labelled('ui.category', escapeText(d.category)));
  if (d.license) fields.push(labelled('ui.license', escapeText(d.license)));
  if (d.attribution) fields.push(labelled('ui.publishedBy', escapeText(d.attribution)));
  if (safeUrl(d.pageUrl)) fields.push(labelled('ui.portalPage', link(d.pageUrl, m('ui.openOnPortal'))));
  if (safeUrl(d.apiUrl)) fields.push(labelled('ui.apiEndpoint', link(d.apiUrl, clip(d.apiUrl ?? '', 200))));
  pieces.push({ type: 'block', block: { type: 'section', fields: fields.slice(0, LIMITS.fields) } });
  if (d.columns.length > 0) {
    const lines = [`*${m('ui.columns', { count: d.columns.length })}*`];
    for (const c of d.columns) {
      const desc = c.description ? ` — ${escapeText(clip(c.description, 160))}` : '';
      lines.push(`• ${code(c.fieldName)} ${escapeText(c.name)} (${escapeText(c.type)})${desc}`);
    }
    pieces.push({ type: 'lines', lines });
  }
  if (d.example) {
    pieces.push({ type: 'lines', lines: [`*${m('ui.exampleRequest')}*`] });
    pieces.push({ type: 'lines', lines: d.example.split('\n').map(escapeText), code: true });
  }
  return pieces;
}

/** Where the rest lives when the message is cut: the first cited source, else the first dataset page. */
function truncationNotice(answer: Answer, lang: Lang): KnownBlock {
  const m = messages(lang);
  const source = answer.sources.find((s) => safeUrl(s.url));
  const page = answer.dataset?.pageUrl ?? answer.datasets?.find((h) => safeUrl(h.pageUrl))?.pageUrl;
  let where = m('ui.narrower');
  if (source) where = m('ui.theRest', { link: link(source.url, clip(source.title, 150)) });
  else if (safeUrl(page)) where = m('ui.theRest', { link: link(page, m('ui.openOnPortal').toLowerCase()) });
  return mrkdwnSection(`_${m('ui.shortened')}_ ${where}`);
}

function tailBlocks(
  answer: Answer,
  options: RenderOptions,
  shownHits: number,
  hiddenHits: number,
  expandId: string | undefined,
): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  const m = messages(answer.lang ?? 'en');

  const numbered = hasCitations(answer);
  const sources = shownSources(answer, options.full)
    .slice(0, MAX_SOURCES)
    .map((s) => `${numbered ? `[${s.n}] ` : ''}${link(s.url, clip(s.title, 150))}`);
  if (sources.length > 0) {
    const text = clipEscaped(`*${m('ui.sources')}:* ${sources.join(' · ')}`, 1500);
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text }] });
  }

  const meta: string[] = [];
  if (answer.datasets && answer.datasets.length > 0) {
    const total = answer.total ?? answer.datasets.length;
    const upTo = answer.totalUpperBound ? m('datasets.upTo') : '';
    meta.push(m(total === 1 ? 'ui.showingOne' : 'ui.showingMany', { shown: shownHits, upTo, total }));
  }
  if (options.sharedBy && /^[UW][A-Z0-9]{2,30}$/.test(options.sharedBy)) {
    meta.push(m('ui.sharedBy', { user: `<@${options.sharedBy}>` }));
  }
  if (meta.length > 0)
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: meta.join(' · ') }] });

  const choices = answer.choices.slice(0, MAX_CHOICES).flatMap((choice, i): Button[] => {
    if (choice.value.length > MAX_BUTTON_VALUE) return [];
    return [
      {
        type: 'button',
        action_id: `${ACTION.choosePrefix}${i}`,
        text: { type: 'plain_text', text: clip(choice.label, LIMITS.buttonText) || '…', emoji: true },
        value: choice.value,
      },
    ];
  });
  if (choices.length > 0) blocks.push({ type: 'actions', block_id: 'opendata_choices', elements: choices });

  const buttons: Button[] = [];
  if (expandId) {
    buttons.push({
      type: 'button',
      action_id: ACTION.expand,
      text: {
        type: 'plain_text',
        text: m('ui.moreButton', { count: hiddenPointCount(answer, options.full) }),
      },
      value: expandId,
    });
  }
  if (answer.more) {
    // Continue from the first result that did not fit, not from the end of the page the engine fetched.
    const value = JSON.stringify({
      city: answer.more.city,
      query: clip(answer.more.query, 1500),
      offset: Math.max(0, answer.more.offset - hiddenHits),
    });
    buttons.push({
      type: 'button',
      action_id: ACTION.more,
      text: { type: 'plain_text', text: m('ui.moreResults') },
      value,
    });
  }
  if (options.shareId) {
    buttons.push({
      type: 'button',
      action_id: ACTION.share,
      text: { type: 'plain_text', text: m('ui.share') },
      style: 'primary',
      value: options.shareId,
    });
  }
  if (options.feedback !== false) {
    const value = JSON.stringify({
      kind: answer.kind,
      intent: answer.intent,
      city: clip(answer.city, 60),
    });
    buttons.push(
      {
        type: 'button',
        action_id: ACTION.feedbackUp,
        text: { type: 'plain_text', text: '👍', emoji: true },
        value,
      },
      {
        type: 'button',
        action_id: ACTION.feedbackDown,
        text: { type: 'plain_text', text: '👎', emoji: true },
        value,
      },
    );
  }
  if (buttons.length > 0) blocks.push({ type: 'actions', block_id: 'opendata_actions', elements: buttons });
  return blocks;
}
