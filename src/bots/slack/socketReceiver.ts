import type { App, Logger as BoltLogger, Receiver, webApi } from '@slack/bolt';
import { SocketModeClient } from '@slack/socket-mode';

/**
 * Socket Mode for Bolt, with the Web API options passed through. Bolt's own SocketModeReceiver builds its
 * client without them, so `apps.connections.open` would always go to Slack's real API and the app could not
 * be started against a local stand-in (SLACK_API_URL). It also tags each event with its envelope id, which
 * the dedupe middleware uses.
 */
export class SlackSocketReceiver implements Receiver {
  readonly client: SocketModeClient;
  private app: App | undefined;

  constructor(opts: {
    appToken: string;
    logger: BoltLogger;
    clientOptions: Omit<webApi.WebClientOptions, 'logger' | 'logLevel'>;
  }) {
    this.client = new SocketModeClient({
      appToken: opts.appToken,
      logger: opts.logger,
      clientOptions: { ...opts.clientOptions },
    });
    this.client.on('slack_event', async (args: SocketEventArgs) => {
      let acked = false;
      const ack = async (response?: unknown) => {
        if (acked) return;
        acked = true;
        await args.ack(response);
      };
      try {
        await this.app?.processEvent({
          body: args.body,
          ack,
          retryNum: args.retry_num,
          retryReason: args.retry_reason,
          customProperties: { envelopeId: args.envelope_id },
        });
      } catch (err) {
        opts.logger.error('Socket Mode event failed', err);
        await ack();
      }
    });
  }

  init(app: App): void {
    this.app = app;
  }

  start(): Promise<unknown> {
    return this.client.start();
  }

  stop(): Promise<unknown> {
    return this.client.disconnect();
  }
}

interface SocketEventArgs {
  ack: (response?: unknown) => Promise<void>;
  envelope_id: string;
  body: Record<string, unknown>;
  retry_num?: number;
  retry_reason?: string;
}
