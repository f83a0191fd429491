import type { Answer } from '../../../knowledge/index.js';
import { clipEscaped, escapeText } from './escape.js';
import { LIMITS } from './limits.js';

/**
 * The plain `text` Slack shows in notifications and in clients without Block Kit. It is parsed like mrkdwn,
 * so it is escaped too: a notification must not ping `@channel` either.
 */
export function fallbackText(answer: Answer): string {
  const lines: string[] = [];
  if (answer.title.trim()) lines.push(answer.title.trim());
  if (answer.summary.trim()) lines.push(answer.summary.trim());
  for (const p of answer.points) lines.push(`• ${p}`);
  for (const s of answer.sections) {
    lines.push(s.heading);
    for (const p of s.points) lines.push(`• ${p}`);
  }
  for (const h of answer.datasets ?? []) lines.push(`• ${h.title} (${h.id})`);
  if (answer.choices.length > 0) lines.push(answer.choices.map((c) => c.label).join(' · '));
  const text = clipEscaped(escapeText(lines.join('\n')), LIMITS.fallbackText);
  return text || 'civic-data-bot';
}
