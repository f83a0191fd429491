import type { ListenerDeps } from '../deps.js';
import { answerMessage, type MessageListenerArgs } from './message.js';

/** A message in the bot's DM (App Home messages tab); channel messages come only through `app_mention`. */
export function directMessageCallback(deps: ListenerDeps) {
  return (args: MessageListenerArgs): Promise<void> =>
    answerMessage(deps, args, (event) => event.channel_type === 'im');
}
