import { EventEnvelopeSchema } from '../../schemas.js';
import type { ListenerDeps } from '../deps.js';

interface DedupeArgs {
  body: unknown;
  context: Record<string, unknown>;
  ack?: (() => Promise<void>) | undefined;
  next: () => Promise<void>;
}

/**
 * Drops a redelivered event (same `event_id`, whatever its `X-Slack-Retry-Num`), a replayed slash command or
 * button click (same `trigger_id`) and a repeated Socket Mode envelope before any listener runs. Events are acknowledged by Bolt before middleware; anything else is
 * acknowledged here so Slack stops redelivering.
 */
export function dedupeMiddleware(deps: Pick<ListenerDeps, 'dedupe' | 'logger'>) {
  return async ({ body, context, ack, next }: DedupeArgs): Promise<void> => {
    const envelope = EventEnvelopeSchema.safeParse(body);
    const eventId = envelope.success ? envelope.data.event_id : undefined;
    // Slash commands and interactions have no event id; each invocation has its own trigger id.
    const triggerId = envelope.success ? envelope.data.trigger_id : undefined;
    const envelopeId = typeof context.envelopeId === 'string' ? context.envelopeId : undefined;
    const repeatedEvent = eventId !== undefined && !deps.dedupe.claim(`event:${eventId}`);
    const repeatedTrigger = triggerId !== undefined && !deps.dedupe.claim(`trigger:${triggerId}`);
    const repeatedEnvelope = envelopeId !== undefined && !deps.dedupe.claim(`envelope:${envelopeId}`);
    if (repeatedEvent || repeatedTrigger || repeatedEnvelope) {
      deps.logger.debug(
        { eventId, triggerId, envelopeId, retryNum: context.retryNum },
        'skipping a redelivered or replayed Slack request',
      );
      if (ack) await ack();
      return;
    }
    await next();
  };
}
