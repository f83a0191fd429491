import type { App } from '@slack/bolt';
import { ACTION, CHOOSE_ACTION_PATTERN, FEEDBACK_ACTION_PATTERN } from '../actionIds.js';
import type { Responder } from '../reply.js';
import { chooseCallback } from './actions/choose.js';
import { expandCallback } from './actions/expand.js';
import { feedbackCallback } from './actions/feedback.js';
import { moreCallback } from './actions/more.js';
import { shareCallback } from './actions/share.js';
import { opendataCommandCallback } from './commands/opendata.js';
import type { ListenerDeps } from './deps.js';
import { dedupeMiddleware } from './middleware/dedupe.js';
import { appMentionCallback } from './events/appMention.js';
import { directMessageCallback } from './events/directMessage.js';

export type { ListenerDeps } from './deps.js';

/** Wires every listener into a Bolt app; the behaviour lives in the callbacks. */
export function registerListeners(app: App, deps: ListenerDeps): void {
  app.use(dedupeMiddleware(deps));

  app.event('app_mention', appMentionCallback(deps));
  app.event('message', directMessageCallback(deps));

  const command = opendataCommandCallback(deps);
  app.command('/opendata', ({ command: payload, ack, respond }) =>
    command({ command: payload, ack: () => ack(), respond: respond as Responder }),
  );

  const actions: [string | RegExp, ReturnType<typeof chooseCallback>][] = [
    [CHOOSE_ACTION_PATTERN, chooseCallback(deps)],
    [ACTION.more, moreCallback(deps)],
    [ACTION.expand, expandCallback(deps)],
    [ACTION.share, shareCallback(deps)],
    [FEEDBACK_ACTION_PATTERN, feedbackCallback(deps)],
  ];
  for (const [id, callback] of actions) {
    app.action(id, ({ body, ack, respond, client }) =>
      callback({ body, ack: () => ack(), respond: respond as Responder | undefined, client }),
    );
  }
}
