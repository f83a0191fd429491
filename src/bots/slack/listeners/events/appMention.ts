import type { ListenerDeps } from '../deps.js';
import { answerMessage, type MessageListenerArgs } from './message.js';

/** `@civic-data-bot …` in a channel: answered in the thread of the mention. */
export function appMentionCallback(deps: ListenerDeps) {
  return (args: MessageListenerArgs): Promise<void> => answerMessage(deps, args, () => true);
}
