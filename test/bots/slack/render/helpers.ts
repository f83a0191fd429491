import type { types } from '@slack/bolt';
import { expect } from 'vitest';

type KnownBlock = types.KnownBlock;

export interface TextNode {
  type: string;
  text: string;
}

/** Every text object in the blocks, at any depth. */
export function textNodes(value: unknown, out: TextNode[] = []): TextNode[] {
  if (Array.isArray(value)) {
    for (const v of value) textNodes(v, out);
  } else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if ((o.type === 'mrkdwn' || o.type === 'plain_text') && typeof o.text === 'string') {
      out.push({ type: o.type, text: o.text });
    }
    for (const v of Object.values(o)) if (typeof v === 'object') textNodes(v, out);
  }
  return out;
}

export function totalChars(blocks: KnownBlock[]): number {
  return textNodes(blocks).reduce((n, t) => n + t.text.length, 0);
}

/** Links and markup Slack would act on: anything in `<…>`. */
export function liveMarkup(text: string): string[] {
  return [...text.matchAll(/<([^<>]*)>/g)].map((m) => m[1]!);
}

/** Asserts Slack's hard limits hold for a rendered message. */
export function expectWithinLimits(blocks: KnownBlock[], text: string): void {
  expect(blocks.length).toBeLessThanOrEqual(50);
  expect(totalChars(blocks)).toBeLessThanOrEqual(12_000);
  expect(text.length).toBeGreaterThan(0);
  expect(text.length).toBeLessThanOrEqual(3000);
  for (const block of blocks) {
    const b = block as unknown as Record<string, unknown>;
    if (b.type === 'header') {
      const t = (b.text as TextNode).text;
      expect(t.length).toBeGreaterThan(0);
      expect(t.length).toBeLessThanOrEqual(150);
    }
    if (b.type === 'section') {
      const t = b.text as TextNode | undefined;
      if (t) {
        expect(t.text.length).toBeGreaterThan(0);
        expect(t.text.length).toBeLessThanOrEqual(3000);
      }
      const fields = (b.fields as TextNode[] | undefined) ?? [];
      expect(fields.length).toBeLessThanOrEqual(10);
      for (const f of fields) expect(f.text.length).toBeLessThanOrEqual(2000);
      expect(t !== undefined || fields.length > 0).toBe(true);
    }
    if (b.type === 'actions') {
      const elements = b.elements as { text: TextNode; value?: string; action_id: string }[];
      expect(elements.length).toBeGreaterThan(0);
      expect(elements.length).toBeLessThanOrEqual(25);
      const ids = elements.map((e) => e.action_id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const e of elements) {
        expect(e.text.text.length).toBeLessThanOrEqual(75);
        expect((e.value ?? '').length).toBeLessThanOrEqual(2000);
      }
    }
    if (b.type === 'context') {
      const elements = b.elements as TextNode[];
      expect(elements.length).toBeLessThanOrEqual(10);
      for (const e of elements) expect(e.text.length).toBeLessThanOrEqual(3000);
    }
  }
}
