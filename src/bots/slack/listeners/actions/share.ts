import { renderBlocks } from '../../render/index.js';
import { plainMessage } from '../../reply.js';
import type { ListenerDeps } from '../deps.js';
import { type ActionListenerArgs, actionSource } from './context.js';
import { loggableError } from '../../boltLogger.js';

export const SHARE_EXPIRED_TEXT =
  'That answer is no longer available to share. Ask again and share the new one.';
export const SHARE_NOT_YOURS_TEXT = 'Only the person who asked can share this answer.';

/** "Share in channel": reposts an ephemeral answer publicly, then removes the ephemeral copy. */
export function shareCallback(deps: ListenerDeps) {
  return async (args: ActionListenerArgs): Promise<void> => {
    await args.ack();
    const source = actionSource(args.body);
    const respond = args.respond;
    if (!source || !respond) {
      deps.logger.warn('ignoring a share click without a usable payload');
      return;
    }
    const id = source.action.value ?? '';
    const entry = deps.shares.get(id);
    if (!entry || entry.userId !== source.user) {
      const note = entry ? SHARE_NOT_YOURS_TEXT : SHARE_EXPIRED_TEXT;
      await respond({ response_type: 'ephemeral', replace_original: false, ...plainMessage(note) });
      return;
    }
    deps.shares.delete(id);
    const message = renderBlocks(entry.answer, { sharedBy: source.user });
    await respond({ response_type: 'in_channel', replace_original: false, ...message });
    try {
      await respond({ delete_original: true });
    } catch (err) {
      // The public copy is out; a stale ephemeral copy is only clutter.
      deps.logger.debug({ err: loggableError(err) }, 'could not delete the ephemeral original after sharing');
    }
  };
}
