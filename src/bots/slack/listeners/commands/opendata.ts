import type { EngineReply } from '../../../../intents/types.js';
import { languageOf } from '../../../../intents/index.js';
import { t } from '../../../../i18n/index.js';
import { commandConversation, parseOpendataCommand, questionText, userKey } from '../../input.js';
import { answerFromEngine, plainMessage, type Responder } from '../../reply.js';
import { SlashCommandSchema } from '../../schemas.js';
import type { ListenerDeps } from '../deps.js';

export interface CommandListenerArgs {
  command: unknown;
  ack: () => Promise<void>;
  respond: Responder;
}

/** Maps a sub-command straight onto the engine method that serves it; the engine decides everything else. */
export function runOpendataCommand(
  deps: Pick<ListenerDeps, 'engine'>,
  rawText: string,
  conversation: string,
): Promise<EngineReply> {
  const { engine } = deps;
  const cmd = parseOpendataCommand(rawText);
  if (cmd.type === 'search') {
    const split = engine.splitCity(cmd.text);
    if (split) return engine.searchDatasets({ city: split.city, query: split.rest, conversation });
  } else if (cmd.type === 'dataset') {
    const split = engine.splitCity(cmd.text);
    if (split?.rest) return engine.datasetDetails({ city: split.city, id: split.rest, conversation });
  } else {
    return engine.ask({ text: cmd.text, conversation });
  }
  // No leading city: the engine reads the whole request and asks which city.
  return engine.ask({ text: questionText(rawText), conversation });
}

/**
 * `/opendata …`: acknowledged at once (Slack allows 3 s), answered through the response_url as an
 * ephemeral message with a "Share in channel" button.
 */
export function opendataCommandCallback(deps: ListenerDeps) {
  return async ({ command, ack, respond }: CommandListenerArgs): Promise<void> => {
    await ack();
    const parsed = SlashCommandSchema.safeParse(command);
    if (!parsed.success) {
      deps.logger.warn({ issues: parsed.error.issues.length }, 'ignoring a malformed slash command');
      return;
    }
    const { team_id: team, channel_id: channel, user_id: user, text } = parsed.data;

    const quota = deps.limiter.take(userKey(team, user));
    if (!quota.allowed) {
      const note = t(languageOf(text), 'ui.slowDown');
      if (quota.notify) await respond({ response_type: 'ephemeral', ...plainMessage(note) });
      return;
    }

    const conversation = commandConversation(team, channel, user);
    const { message } = await answerFromEngine(
      () => runOpendataCommand(deps, text, conversation),
      deps.logger,
      (reply) => ({ shareId: deps.shares.put({ answer: reply.answer, userId: user }) }),
      languageOf(text),
    );
    await respond({ response_type: 'ephemeral', text: message.text, blocks: message.blocks });
  };
}
