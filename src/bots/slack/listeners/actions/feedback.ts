import { FEEDBACK_ACTION_PATTERN, FeedbackValueSchema, parseButtonValue } from '../../actionIds.js';
import { plainMessage } from '../../reply.js';
import type { ListenerDeps } from '../deps.js';
import { type ActionListenerArgs, actionSource } from './context.js';

export const FEEDBACK_THANKS_TEXT = 'Thanks for the feedback. It helps us improve the answers.';

/** 👍/👎: logged for whoever maintains the knowledge base, and acknowledged to the person privately. */
export function feedbackCallback(deps: ListenerDeps) {
  return async (args: ActionListenerArgs): Promise<void> => {
    await args.ack();
    const source = actionSource(args.body);
    const vote = FEEDBACK_ACTION_PATTERN.exec(source?.action.action_id ?? '')?.[1];
    const answer = parseButtonValue(FeedbackValueSchema, source?.action.value);
    if (!source || !vote || !answer) {
      deps.logger.warn('ignoring a feedback click without a usable payload');
      return;
    }
    deps.logger.info(
      { feedback: vote, kind: answer.kind, intent: answer.intent, city: answer.city, user: source.user },
      'answer feedback',
    );
    if (args.respond) {
      await args.respond({
        response_type: 'ephemeral',
        replace_original: false,
        ...plainMessage(FEEDBACK_THANKS_TEXT),
      });
    }
  };
}
