import { MoreValueSchema, parseButtonValue } from '../../actionIds.js';
import { answerFromEngine } from '../../reply.js';
import type { ListenerDeps } from '../deps.js';
import { type ActionListenerArgs, actionSource, deliver, shareOptions, withinQuota } from './context.js';

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
    if (!(await withinQuota(deps, args, source))) return;
    const { message } = await answerFromEngine(
      () => deps.engine.searchDatasets({ ...more, conversation: source.conversation }),
      deps.logger,
      shareOptions(deps, source),
    );
    await deliver(deps, args, source, message, { replaceOriginal: false });
  };
}
