import { SLOW_DOWN_TEXT } from '../../../rateLimit.js';
import { MoreValueSchema, parseButtonValue } from '../../actionIds.js';
import { answerFromEngine, plainMessage } from '../../reply.js';
import type { ListenerDeps } from '../deps.js';
import { type ActionListenerArgs, actionSource, deliver } from './context.js';

/** "More results": the next page of the same dataset search, as a new message. */
export function moreCallback(deps: ListenerDeps) {
  return async (args: ActionListenerArgs): Promise<void> => {
    await args.ack();
    const source = actionSource(args.body);
    const more = parseButtonValue(MoreValueSchema, source?.action.value);
    if (!source || !more) {
      deps.logger.warn('ignoring a "More results" click without a usable payload');
      return;
    }
    const quota = deps.limiter.take(source.rateKey);
    if (!quota.allowed) {
      if (quota.notify)
        await deliver(deps, args, source, plainMessage(SLOW_DOWN_TEXT), { replaceOriginal: false });
      return;
    }
    const { message } = await answerFromEngine(
      () => deps.engine.searchDatasets({ ...more, conversation: source.conversation }),
      deps.logger,
      (reply) =>
        source.ephemeral ? { shareId: deps.shares.put({ answer: reply.answer, userId: source.user }) } : {},
    );
    await deliver(deps, args, source, message, { replaceOriginal: false });
  };
}
