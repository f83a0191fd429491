import type { spawn } from 'node:child_process';
import { once } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { IDS, startDiscordStandIn } from './fakes/discord.js';
import { BOT_USER_ID, startSlackStandIn } from './fakes/slackApi.js';
import { eventPayload, postSigned, SIGNING_SECRET } from './fakes/slackSigning.js';
import { freePort, startMain } from './helpers/main.js';

const children: ReturnType<typeof spawn>[] = [];
afterEach(() => {
  for (const c of children.splice(0)) c.kill('SIGKILL');
});

describe('npm start', () => {
  it('GIVEN no Slack or Discord credentials THEN the terminal chat answers with context', async () => {
    const { child, out } = startMain({}, 'how do i get an api key in kc\nwhat about LA?\nquit\n');
    children.push(child);
    const [code] = await once(child, 'close');
    expect(code).toBe(0);
    expect(out.stdout).toMatch(/Kansas City/);
    expect(out.stdout).toMatch(/City of Los Angeles/);
  });

  it('GIVEN a malformed Slack token THEN one line naming the variable and exit 2', async () => {
    const { child, out } = startMain({ SLACK_BOT_TOKEN: 'not-a-token', SLACK_SIGNING_SECRET: 's' });
    children.push(child);
    const [code] = await once(child, 'close');
    expect(code).toBe(2);
    expect(out.stderr.trim().split('\n')).toHaveLength(1);
    expect(out.stderr).toMatch(/SLACK_BOT_TOKEN/);
  });

  it('GIVEN Slack HTTP credentials THEN the Slack app answers a signed mention through the stand-in', async () => {
    const slack = await startSlackStandIn();
    const port = await freePort();
    const { child, out } = startMain({
      SLACK_BOT_TOKEN: 'xoxb-test-token',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: slack.apiUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
    });
    children.push(child);
    try {
      const appUrl = `http://127.0.0.1:${port}`;
      const event = {
        type: 'app_mention',
        user: 'U0USER9',
        text: `<@${BOT_USER_ID}> kc fees?`,
        ts: '1700000001.000100',
        channel: 'C0MAIN',
        event_ts: '1',
      };
      let status = 0;
      for (let i = 0; i < 100 && status !== 200; i++) {
        status = await postSigned(appUrl, eventPayload(event)).then(
          (r) => r.status,
          () => 0,
        );
        if (status !== 200) await new Promise((r) => setTimeout(r, 100));
      }
      expect(status, out.stderr).toBe(200);
      const post = await slack.waitFor(() => slack.posts().find((p) => p.args.channel === 'C0MAIN'));
      expect(post.args.thread_ts).toBe('1700000001.000100');
      expect(JSON.stringify(post.args.blocks)).toMatch(/Kansas City/);
      expect(out.stderr).not.toMatch(/xoxb-test-token/);
    } finally {
      await slack.close();
    }
  });

  it('GIVEN Discord credentials THEN the Discord bot logs in to the gateway of the stand-in', async () => {
    const discord = await startDiscordStandIn();
    const token = 'MTEwMDAwMDAwMDAwMDAwMDAwMg.main-test.never-logged';
    const { child, out } = startMain({
      DISCORD_TOKEN: token,
      DISCORD_APPLICATION_ID: IDS.application,
      DISCORD_API_URL: discord.apiUrl,
    });
    children.push(child);
    try {
      for (let i = 0; i < 100 && !discord.gateway.identify; i++) await new Promise((r) => setTimeout(r, 100));
      expect(discord.gateway.identify, out.stderr).toBeDefined();
      expect(out.stderr).not.toContain(token);
    } finally {
      await discord.close();
    }
  });
});
