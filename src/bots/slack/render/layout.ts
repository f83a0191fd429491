import type { types } from '@slack/bolt';
import { clipEscaped } from './escape.js';
import { LIMITS } from './limits.js';

type KnownBlock = types.KnownBlock;

/**
 * A run of mrkdwn lines (already escaped) that may be cut between lines; `code` wraps each section in a
 * code fence. A fixed block is all or nothing.
 */
export type Piece = { type: 'lines'; lines: string[]; code?: boolean } | { type: 'block'; block: KnownBlock };

export interface Layout {
  blocks: KnownBlock[];
  truncated: boolean;
  /** Lines shown per piece, in order (1 or 0 for a fixed block). */
  shown: number[];
}

const FENCE = '```';

/** Characters of visible text in a block: every `text` string, at any depth. */
export function blockChars(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + blockChars(v), 0);
  if (value && typeof value === 'object') {
    let n = 0;
    for (const [k, v] of Object.entries(value)) {
      if (k === 'text' && typeof v === 'string') n += v.length;
      else n += blockChars(v);
    }
    return n;
  }
  return 0;
}

export function mrkdwnSection(text: string): KnownBlock {
  return { type: 'section', text: { type: 'mrkdwn', text } };
}

/**
 * Lays out head, body and tail within Slack's limits. Head and tail always appear; body pieces are added
 * in order until the block or character budget runs out, and then `notice` closes the body so a reader
 * knows there is more and where to find it.
 */
export function layoutBlocks(input: {
  head: KnownBlock[];
  body: Piece[];
  tail: KnownBlock[];
  notice: KnownBlock;
  /** Extra characters to hold back for a tail that is rebuilt after layout. */
  tailSlack?: number;
}): Layout {
  const { head, body, tail, notice } = input;
  const blockBudget = LIMITS.blocks - head.length - tail.length - 1;
  const charBudget =
    LIMITS.totalChars - blockChars(head) - blockChars(tail) - blockChars(notice) - (input.tailSlack ?? 0);

  const out: KnownBlock[] = [];
  const shown: number[] = [];
  let chars = 0;
  let truncated = false;

  for (const piece of body) {
    if (truncated) {
      shown.push(0);
      continue;
    }
    if (piece.type === 'block') {
      const n = blockChars(piece.block);
      if (out.length + 1 > blockBudget || chars + n > charBudget) {
        truncated = true;
        shown.push(0);
        continue;
      }
      out.push(piece.block);
      chars += n;
      shown.push(1);
      continue;
    }

    const overhead = piece.code ? FENCE.length * 2 + 2 : 0;
    const max = LIMITS.sectionText - overhead;
    let buf: string[] = [];
    let bufLen = 0;
    let count = 0;
    const flush = () => {
      if (buf.length === 0) return;
      const text = buf.join('\n');
      out.push(mrkdwnSection(piece.code ? `${FENCE}\n${text}\n${FENCE}` : text));
      buf = [];
      bufLen = 0;
    };
    for (const raw of piece.lines) {
      const line = clipEscaped(raw, max);
      // A blank line means something inside a code block; elsewhere it would only cost a character.
      if (!piece.code && !line.trim()) {
        count++;
        continue;
      }
      const joined = buf.length === 0 ? line.length : bufLen + 1 + line.length;
      const startsNew = buf.length === 0 || joined > max;
      const cost = startsNew ? line.length + overhead : line.length + 1;
      const slots = out.length + (buf.length > 0 ? 1 : 0) + (startsNew ? 1 : 0);
      if (slots > blockBudget || chars + cost > charBudget) {
        truncated = true;
        break;
      }
      if (startsNew) {
        flush();
        buf = [line];
        bufLen = line.length;
      } else {
        buf.push(line);
        bufLen = joined;
      }
      chars += cost;
      count++;
    }
    flush();
    shown.push(count);
  }

  return { blocks: [...head, ...out, ...(truncated ? [notice] : []), ...tail], truncated, shown };
}
