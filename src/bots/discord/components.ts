import { type APIActionRowComponent, type APIButtonComponent, ButtonStyle, ComponentType } from 'discord.js';
import { messages } from '../../i18n/index.js';
import { type Answer, hiddenPointCount } from '../../knowledge/index.js';
import { type ActionStore, type ButtonAction, encodeCustomId } from './actions.js';
import { LIMITS } from './limits.js';
import { clip } from './text.js';

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

/** Clarify choices as buttons (four rows at most), then "More", "More results" and 👍/👎 on the last row. */
export function components(
  answer: Answer,
  actions: ActionStore,
  full = false,
): APIActionRowComponent<APIButtonComponent>[] {
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
  const hidden = hiddenPointCount(answer, full);
  if (hidden > 0)
    tail.push(
      button(
        { kind: 'expand', answer },
        actions,
        { label: messages(answer.lang ?? 'en')('ui.moreButton', { count: hidden }) },
        ButtonStyle.Primary,
      ),
    );
  if (answer.more) {
    tail.push(
      button(
        { kind: 'more', ...answer.more },
        actions,
        { label: messages(answer.lang ?? 'en')('ui.moreResults') },
        ButtonStyle.Primary,
      ),
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
