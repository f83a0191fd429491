import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { DraftField } from './fields.js';
import { LIMITS } from './limits.js';
import { clip, moreSuffix, safeUrl } from './text.js';

export interface DraftEmbed {
  title: string;
  url?: string | undefined;
  /** Built for the room left once the title and footer are known, so a code block is never cut open. */
  description: (max: number) => string;
  fields: DraftField[];
  footer: string;
  color: number;
}

/** Room kept for the "more not shown" field when fields are dropped to fit 6000 characters. */
const TRUNCATION_RESERVE = 120;
const FOOTER_MAX = 200;

/** Applies every per-field and per-message limit; what cannot fit is cut with a pointer to the rest. */
export function fitEmbed(d: DraftEmbed, link: string | undefined): APIEmbed {
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
