import {
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
  type APIEmbedField,
  ButtonStyle,
  ComponentType,
} from 'discord.js';
import type { Answer, AnswerKind, DatasetDetails, DatasetHit } from '../../knowledge/index.js';
import { type ActionStore, type ButtonAction, createActionStore, encodeCustomId } from './actions.js';
import { LIMITS } from './limits.js';
import { clip, codeBlock, inlineCode, markdownLink, moreSuffix, neutralise, safeUrl } from './text.js';

/** A Discord message body in the API's own shape, ready for any create/edit route. */
export interface DiscordMessagePayload {
  content: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
  allowed_mentions: { parse: [] };
}

export interface RenderOptions {
  /** Where button actions too long for a custom_id are kept; the bot passes its own. */
  actions?: ActionStore;
}

const sharedActions = createActionStore();

/** The store `renderEmbeds` uses when none is given; the bot reads button presses back from it. */
export function defaultActionStore(): ActionStore {
  return sharedActions;
}

const COLORS: Record<AnswerKind, number> = {
  topic: 0x2b6cb0,
  draft: 0x2b6cb0,
  datasets: 0x2f855a,
  dataset_details: 0x2f855a,
  clarify: 0x805ad5,
  unsupported_place: 0xb7791f,
  help: 0x4a5568,
  out_of_scope: 0x4a5568,
  fallback: 0x4a5568,
  upstream_error: 0xc05621,
};

/** Room kept for the "more not shown" field when fields are dropped to fit 6000 characters. */
const TRUNCATION_RESERVE = 120;
const SNIPPET = 280;
const FOOTER_MAX = 200;

interface DraftField {
  name: string;
  value: string;
  inline?: boolean;
}

interface DraftEmbed {
  title: string;
  url?: string | undefined;
  /** Built for the room left once the title and footer are known, so a code block is never cut open. */
  description: (max: number) => string;
  fields: DraftField[];
  footer: string;
  color: number;
}

/** Renders an engine Answer as one Discord message: an embed, buttons, and no pings. */
export function renderEmbeds(answer: Answer, opts: RenderOptions = {}): DiscordMessagePayload {
  const actions = opts.actions ?? sharedActions;
  const link = primaryLink(answer);
  const draft: DraftEmbed = {
    title: neutralise(answer.title.trim() || 'civic-data-bot'),
    url: safeUrl(answer.dataset?.pageUrl),
    description: (max) => description(answer, link, max),
    fields: [
      ...(answer.dataset ? detailFields(answer.dataset) : []),
      ...(answer.datasets ?? []).map((hit, i) => hitField(hit, firstResult(answer) + i)),
      ...answer.sections.map(sectionField),
      ...noteFields(answer.notices),
      ...sourceFields(answer),
    ],
    footer: footer(answer),
    color: COLORS[answer.kind],
  };
  return {
    content: '',
    embeds: [fitEmbed(draft, link)],
    components: components(answer, actions),
    allowed_mentions: { parse: [] },
  };
}

function primaryLink(answer: Answer): string | undefined {
  const candidates = [
    answer.dataset?.pageUrl,
    ...answer.sources.map((s) => s.url),
    ...(answer.datasets ?? []).map((d) => d.pageUrl),
  ];
  return candidates.map(safeUrl).find((u) => u !== undefined);
}

function bullets(points: string[]): string {
  return points.map((p) => `• ${neutralise(p.trim())}`).join('\n');
}

/** Summary and points, then a drafted letter as a code block; the letter gets most of the room. */
function description(answer: Answer, link: string | undefined, max: number): string {
  const text = [neutralise(answer.summary.trim()), bullets(answer.points)].filter(Boolean).join('\n\n');
  const code = answer.body
    ? codeBlock(answer.body, Math.floor(max - Math.min(text.length + 2, max / 4)))
    : '';
  const room = max - (code ? code.length + 2 : 0);
  return [clip(text, room, moreSuffix(link)), code].filter(Boolean).join('\n\n');
}

function shortDate(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const day = /^\d{4}-\d{2}-\d{2}/.exec(iso)?.[0];
  return day ?? clip(neutralise(iso), 40);
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function hitField(hit: DatasetHit, n: number): DraftField {
  const meta = [`ID ${inlineCode(hit.id)}`];
  const updated = shortDate(hit.updatedAt);
  if (updated) meta.push(`updated ${updated}`);
  if (hit.type) meta.push(neutralise(oneLine(hit.type)));
  const lines = [meta.join(' · ')];
  if (safeUrl(hit.pageUrl)) lines.push(markdownLink('Open on the portal', hit.pageUrl));
  const about = oneLine(hit.description);
  if (about) lines.push(clip(neutralise(about), SNIPPET));
  return { name: `${n}. ${neutralise(oneLine(hit.title) || hit.id)}`, value: lines.join('\n') };
}

function detailFields(d: DatasetDetails): DraftField[] {
  const fields: DraftField[] = [{ name: 'ID', value: inlineCode(d.id), inline: true }];
  const add = (name: string, value: string | undefined) => {
    if (value) fields.push({ name, value, inline: true });
  };
  add('Type', neutralise(oneLine(d.type)));
  add('Updated', shortDate(d.rowsUpdatedAt ?? d.updatedAt));
  add('Rows', d.rowCount === undefined ? undefined : d.rowCount.toLocaleString('en-US'));
  add('Category', d.category && neutralise(oneLine(d.category)));
  add('License', d.license && neutralise(oneLine(d.license)));
  add('Attribution', d.attribution && neutralise(oneLine(d.attribution)));
  if (d.columns.length > 0) {
    const lines = d.columns.map(
      (c) => `• ${neutralise(oneLine(c.name))} ${inlineCode(c.fieldName)} · ${neutralise(oneLine(c.type))}`,
    );
    fields.push({ name: `Columns (${d.columns.length})`, value: joinLines(lines, LIMITS.fieldValue) });
  }
  if (safeUrl(d.apiUrl)) fields.push({ name: 'API', value: markdownLink('API endpoint', d.apiUrl) });
  if (d.example) fields.push({ name: 'Example request', value: codeBlock(d.example, LIMITS.fieldValue) });
  return fields;
}

function sectionField(section: Answer['sections'][number]): DraftField {
  const summary = section.summary ? neutralise(section.summary.trim()) : '';
  return {
    name: neutralise(section.heading.trim()),
    value: [summary, bullets(section.points)].filter(Boolean).join('\n'),
  };
}

function noteFields(notices: string[]): DraftField[] {
  if (notices.length === 0) return [];
  return [
    {
      name: 'Note',
      value: joinLines(
        notices.map((n) => neutralise(n.trim())),
        LIMITS.fieldValue,
      ),
    },
  ];
}

function sourceFields(answer: Answer): DraftField[] {
  if (answer.sources.length === 0) return [];
  const lines = answer.sources.map((s) => `• ${markdownLink(oneLine(s.title), s.url)}`);
  return [{ name: 'Sources', value: joinLines(lines, LIMITS.fieldValue) }];
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

/** 1-based position of the first hit shown: the page before `more`, or the last page of `total`. */
function firstResult(answer: Answer): number {
  const shown = answer.datasets?.length ?? 0;
  const end = answer.more?.offset ?? answer.total ?? shown;
  return Math.max(1, end - shown + 1);
}

function footer(answer: Answer): string {
  const parts = ['civic-data-bot'];
  if (answer.datasets && answer.total !== undefined) {
    const first = firstResult(answer);
    const last = first + answer.datasets.length - 1;
    parts.push(
      answer.datasets.length ? `results ${first}–${last} of ${answer.total}` : `0 of ${answer.total}`,
    );
  }
  return parts.join(' · ');
}

/** Applies every per-field and per-message limit; what cannot fit is cut with a pointer to the rest. */
function fitEmbed(d: DraftEmbed, link: string | undefined): APIEmbed {
  const suffix = moreSuffix(link);
  const title = clip(d.title, LIMITS.embedTitle);
  const footerText = clip(d.footer, FOOTER_MAX);
  let budget = LIMITS.embedTotal - title.length - footerText.length - TRUNCATION_RESERVE;
  const wantedFieldRoom = Math.min(
    1500,
    d.fields.reduce((n, f) => n + Math.min(f.name.length, 256) + Math.min(f.value.length, 1024), 0),
  );
  const desc = d.description(Math.min(LIMITS.embedDescription, budget - wantedFieldRoom));
  budget -= desc.length;

  const fields: APIEmbedField[] = [];
  let dropped = 0;
  for (const [i, f] of d.fields.entries()) {
    const name = clip(f.name || '\u200b', LIMITS.fieldName);
    let value = clip(f.value || '\u200b', LIMITS.fieldValue, suffix);
    const cuttable = !value.includes('```');
    if (cuttable && name.length + value.length > budget && budget - name.length > 200) {
      value = clip(value, budget - name.length, suffix);
    }
    const lastSlot = fields.length === LIMITS.embedFields - 1 && i < d.fields.length - 1;
    if (lastSlot || name.length + value.length > budget) {
      dropped = d.fields.length - i;
      break;
    }
    fields.push(f.inline ? { name, value, inline: true } : { name, value });
    budget -= name.length + value.length;
  }
  if (dropped > 0) {
    const href = safeUrl(link);
    const rest = `${dropped} more not shown here (Discord's size limit).`;
    fields.push({ name: 'More', value: href ? `${rest} [See the source](${href})` : rest });
  }

  const embed: APIEmbed = { title, color: d.color, footer: { text: footerText } };
  if (d.url) embed.url = d.url;
  if (desc) embed.description = desc;
  if (fields.length) embed.fields = fields;
  return embed;
}

function button(
  action: ButtonAction,
  actions: ActionStore,
  face: { label: string } | { emoji: string },
  style: ButtonStyle.Primary | ButtonStyle.Secondary,
): APIButtonComponent {
  const custom_id = encodeCustomId(action, actions);
  return 'label' in face
    ? { type: ComponentType.Button, style, custom_id, label: clip(face.label, LIMITS.buttonLabel) }
    : { type: ComponentType.Button, style, custom_id, emoji: { name: face.emoji } };
}

function components(answer: Answer, actions: ActionStore): APIActionRowComponent<APIButtonComponent>[] {
  const rows: APIButtonComponent[][] = [];
  const seen = new Set<string>();
  const choiceButtons: APIButtonComponent[] = [];
  for (const choice of answer.choices) {
    const text = choice.value.trim();
    if (!text || seen.has(text)) continue;
    seen.add(text);
    const label = choice.label.trim() || text;
    choiceButtons.push(button({ kind: 'ask', text }, actions, { label }, ButtonStyle.Primary));
  }
  const maxChoices = (LIMITS.actionRows - 1) * LIMITS.buttonsPerRow;
  for (let i = 0; i < Math.min(choiceButtons.length, maxChoices); i += LIMITS.buttonsPerRow) {
    rows.push(choiceButtons.slice(i, Math.min(i + LIMITS.buttonsPerRow, maxChoices)));
  }

  const tail: APIButtonComponent[] = [];
  if (answer.more) {
    tail.push(
      button({ kind: 'more', ...answer.more }, actions, { label: 'More results' }, ButtonStyle.Primary),
    );
  }
  if (answer.kind !== 'clarify') {
    for (const vote of ['up', 'down'] as const) {
      const action: ButtonAction = {
        kind: 'feedback',
        vote,
        intent: answer.intent,
        city: answer.city || 'none',
      };
      tail.push(button(action, actions, { emoji: vote === 'up' ? '👍' : '👎' }, ButtonStyle.Secondary));
    }
  }
  if (tail.length) rows.push(tail);
  return rows.map((row) => ({ type: ComponentType.ActionRow, components: row }));
}
