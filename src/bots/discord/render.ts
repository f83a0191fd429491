import type { APIActionRowComponent, APIButtonComponent, APIEmbed } from 'discord.js';
import { type Answer, type AnswerKind, citeMarks, shownPoints } from '../../knowledge/index.js';
import { type ActionStore, createActionStore } from './actions.js';
import { components } from './components.js';
import { bullets, detailFields, hitField, noteFields, sectionField, sourceFields } from './fields.js';
import { type DraftEmbed, fitEmbed } from './fit.js';
import { codeBlock, clip, moreSuffix, neutralise, safeUrl } from './text.js';

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
  /** Every point (after a *More* press) rather than the first ones and a *More* button. */
  full?: boolean;
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

/** Renders an engine Answer as one Discord message: an embed, buttons, and no pings. */
export function renderEmbeds(answer: Answer, opts: RenderOptions = {}): DiscordMessagePayload {
  const actions = opts.actions ?? sharedActions;
  const lang = answer.lang ?? 'en';
  const link = primaryLink(answer);
  const draft: DraftEmbed = {
    title: neutralise(answer.title.trim() || 'civic-data-bot'),
    url: safeUrl(answer.dataset?.pageUrl),
    description: (max) => description(answer, link, max, opts.full ?? false),
    fields: [
      ...(answer.dataset ? detailFields(answer.dataset, lang) : []),
      ...(answer.datasets ?? []).map((hit, i) => hitField(hit, firstResult(answer) + i, lang)),
      ...answer.sections.map(sectionField),
      ...noteFields(answer.notices, lang),
      ...sourceFields(answer, opts.full ?? false),
    ],
    footer: footer(answer),
    color: COLORS[answer.kind],
  };
  return {
    content: '',
    embeds: [fitEmbed(draft, link)],
    components: components(answer, actions, opts.full ?? false),
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

/** Summary and points, then a drafted letter as a code block; the letter gets most of the room. */
function description(answer: Answer, link: string | undefined, max: number, full: boolean): string {
  const lead = neutralise(answer.summary.trim()) + citeMarks(answer.summaryCites ?? []);
  const points = shownPoints(answer, full);
  const text = [
    lead,
    bullets(
      points.map((p) => p.text),
      points.map((p) => p.cites),
    ),
  ]
    .filter(Boolean)
    .join('\n\n');
  const code = answer.body
    ? codeBlock(answer.body, Math.floor(max - Math.min(text.length + 2, max / 4)))
    : '';
  const room = max - (code ? code.length + 2 : 0);
  return [clip(text, room, moreSuffix(link)), code].filter(Boolean).join('\n\n');
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
      answer.datasets.length
        ? `results ${first}–${last} of ${answer.totalUpperBound ? 'up to ' : ''}${answer.total}`
        : `0 of ${answer.total}`,
    );
  }
  return parts.join(' · ');
}
