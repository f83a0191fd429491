import { randomBytes } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { z } from 'zod';
import { AnswerSchema, INTENTS } from '../../knowledge/index.js';
import { approxBytes } from '../../sizeOf.js';
import { LIMITS } from './limits.js';

/** What a button asks the bot to do when pressed; the engine decides what the answer is. */
export const ButtonActionSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('more'),
    city: z.string().min(1),
    query: z.string(),
    offset: z.number().int().min(0),
  }),
  z.object({ kind: z.literal('ask'), text: z.string().min(1) }),
  /** "More" on an answer: that same answer with every point (always kept in the store). */
  z.object({ kind: z.literal('expand'), answer: AnswerSchema }),
  z.object({
    kind: z.literal('feedback'),
    vote: z.enum(['up', 'down']),
    intent: z.enum(INTENTS),
    city: z.string().min(1),
  }),
]);
export type ButtonAction = z.infer<typeof ButtonActionSchema>;

/**
 * Holds actions too long for a 100-character custom_id. Bounded, so old buttons eventually expire
 * (and say so) rather than the process growing without limit.
 */
export interface ActionStore {
  put(action: ButtonAction): string;
  get(key: string): ButtonAction | undefined;
}

export function createActionStore(max = 5000, maxBytes = 16 * 1024 * 1024): ActionStore {
  // Bounded in bytes too: a "More" button keeps a whole answer.
  const cache = new LRUCache<string, ButtonAction>({ max, maxSize: maxBytes, sizeCalculation: approxBytes });
  const prefix = randomBytes(3).toString('hex');
  let counter = 0;
  return {
    put(action) {
      counter += 1;
      const key = `${prefix}${counter.toString(36)}`;
      cache.set(key, action);
      return key;
    },
    get: (key) => cache.get(key),
  };
}

const PREFIX = 'cdb';

function inline(action: ButtonAction): string | undefined {
  switch (action.kind) {
    case 'expand':
      return undefined;
    case 'more':
      return `${PREFIX}:more:${action.offset}:${action.city}:${action.query}`;
    case 'ask':
      return `${PREFIX}:ask:${action.text}`;
    case 'feedback':
      return `${PREFIX}:fb:${action.vote}:${action.intent}:${action.city}`;
  }
}

/** A custom_id for the action: inline when it fits Discord's 100 characters, else a store key. */
export function encodeCustomId(action: ButtonAction, store: ActionStore): string {
  const id = inline(action);
  const cityFits = !('city' in action) || !action.city.includes(':');
  if (id && cityFits && id.length <= LIMITS.customId && !/[\uD800-\uDFFF]/.test(id)) return id;
  return `${PREFIX}:k:${store.put(action)}`;
}

export type DecodedCustomId =
  | { ok: true; action: ButtonAction }
  | { ok: false; reason: 'expired' | 'unknown' };

/** Parses a custom_id from a button press (untrusted: any client can send any string). */
export function decodeCustomId(id: string, store: ActionStore): DecodedCustomId {
  const key = /^cdb:k:([0-9a-z]{1,40})$/.exec(id);
  if (key) {
    const stored = store.get(key[1]!);
    return stored ? { ok: true, action: stored } : { ok: false, reason: 'expired' };
  }
  const parsed = ButtonActionSchema.safeParse(inlineFields(id));
  return parsed.success ? { ok: true, action: parsed.data } : { ok: false, reason: 'unknown' };
}

function inlineFields(id: string): unknown {
  const more = /^cdb:more:(\d{1,9}):([^:]+):([\s\S]*)$/.exec(id);
  if (more) return { kind: 'more', offset: Number(more[1]), city: more[2], query: more[3] };
  const ask = /^cdb:ask:([\s\S]+)$/.exec(id);
  if (ask) return { kind: 'ask', text: ask[1] };
  const feedback = /^cdb:fb:(up|down):([a-z_]+):([^:]+)$/.exec(id);
  if (feedback) return { kind: 'feedback', vote: feedback[1], intent: feedback[2], city: feedback[3] };
  return undefined;
}
