import type { types } from '@slack/bolt';
import { ACTION, FeedbackValueSchema, parseButtonValue } from '../../../src/bots/slack/actionIds.js';
import type { ApiCall } from '../../fakes/slackApi.js';
import type { startHarness } from './harness.js';

type Harness = Awaited<ReturnType<typeof startHarness>>;
export type Button = { action_id: string; value?: string; text: { text: string } };

/** Reading back what the bot posted to the Slack stand-in: blocks, buttons and what an answer was about. */
export function postReader(h: () => Harness) {
  const postsIn = (channel: string) =>
    h()
      .slack.posts()
      .filter((c) => c.args.channel === channel);
  const blocks = (p: ApiCall) => p.args.blocks as types.KnownBlock[];
  const buttons = (bs: types.KnownBlock[]) =>
    bs.flatMap((b) => (b.type === 'actions' ? (b.elements as unknown as Button[]) : []));
  /** What the answer was about, read back from the feedback button the renderer attached. */
  const about = (bs: types.KnownBlock[]) =>
    parseButtonValue(FeedbackValueSchema, buttons(bs).find((b) => b.action_id === ACTION.feedbackUp)?.value);
  const waitForPosts = (channel: string, n: number) =>
    h().slack.waitFor(() => (postsIn(channel).length >= n ? postsIn(channel) : undefined));
  return { postsIn, blocks, buttons, about, waitForPosts };
}
