import { answerFromEngine } from '../../reply.js';
import type { ListenerDeps } from '../deps.js';
import { type ActionListenerArgs, actionSource, deliver, shareOptions, withinQuota } from './context.js';

/** A clarify button: its value is the question to ask next, in the same conversation. */
export function chooseCallback(deps: ListenerDeps) {
  return async (args: ActionListenerArgs): Promise<void> => {
    await args.ack();
    const source = actionSource(args.body);
    const question = source?.action.value?.trim();
    if (!source || !question) {
      deps.logger.warn('ignoring a clarify click without a usable payload');
      return;
    }
    if (!(await withinQuota(deps, args, source))) return;
    const { message } = await answerFromEngine(
      () => deps.engine.ask({ text: question, conversation: source.conversation }),
      deps.logger,
      shareOptions(deps, source),
    );
    // The choice answers the question the buttons asked, so an ephemeral prompt is replaced by its answer.
    await deliver(deps, args, source, message, { replaceOriginal: source.ephemeral });
  };
}
