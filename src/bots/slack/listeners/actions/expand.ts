import { defaultExpandStore } from '../../expandStore.js';
import { renderBlocks } from '../../render/index.js';
import { plainMessage } from '../../reply.js';
import type { ListenerDeps } from '../deps.js';
import { type ActionListenerArgs, actionSource, deliver } from './context.js';

export const EXPAND_EXPIRED_TEXT = 'That answer is no longer available in full. Ask again to see it.';

/** "More" on an answer: the same answer with every point; an ephemeral answer is replaced in place. */
export function expandCallback(deps: ListenerDeps) {
  return async (args: ActionListenerArgs): Promise<void> => {
    await args.ack();
    const source = actionSource(args.body);
    if (!source) {
      deps.logger.warn('ignoring a "More" click without a usable payload');
      return;
    }
    const answer = (deps.expansions ?? defaultExpandStore()).get(source.action.value ?? '');
    const message = answer
      ? renderBlocks(answer, { full: true, expansions: deps.expansions })
      : plainMessage(EXPAND_EXPIRED_TEXT);
    await deliver(deps, args, source, message, { replaceOriginal: source.ephemeral && Boolean(answer) });
  };
}
