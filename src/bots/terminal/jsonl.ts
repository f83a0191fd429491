import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import { z } from 'zod';
import type { Engine, EngineReply } from '../../intents/index.js';
import { renderText } from './renderText.js';

const LineObject = z.looseObject({
  q: z.string().optional(),
  question: z.string().optional(),
  text: z.string().optional(),
  conversation: z.union([z.string(), z.number()]).optional(),
});

/** A stdin line: a plain question, or a JSON object with `q` (and optionally `conversation`). */
export function parseLine(line: string): { text: string; conversation?: string } {
  const trimmed = line.trim();
  if (trimmed.startsWith('{')) {
    try {
      const parsed = LineObject.safeParse(JSON.parse(trimmed));
      if (parsed.success) {
        const o = parsed.data;
        return {
          text: o.q ?? o.question ?? o.text ?? '',
          ...(o.conversation !== undefined ? { conversation: `jsonl:${o.conversation}` } : {}),
        };
      }
    } catch {
      // Not JSON after all: the line is the question.
    }
  }
  return { text: line };
}

/** The `--json` object: the contract is `intent`, `city`, `text` and `answer`; `intents` lists every ask answered. */
export function toJsonRecord(reply: EngineReply, opts: { full?: boolean } = {}): string {
  return JSON.stringify({
    intent: reply.intent,
    intents: reply.intents,
    city: reply.city,
    lang: reply.lang,
    confidence: reply.confidence,
    text: renderText(reply.answer, { width: 0, color: false, full: opts.full ?? false }),
    answer: reply.answer,
  });
}

/** Lines of a UTF-8 stream; cheaper per line than readline's async iterator. */
async function* readLines(input: Readable): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  let pending = '';
  for await (const chunk of input) {
    pending += typeof chunk === 'string' ? chunk : decoder.decode(chunk as Uint8Array, { stream: true });
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    yield* lines;
  }
  pending += decoder.decode();
  if (pending) yield pending;
}

/** Answers stdin line by line, in order, in one process; lines with the same `conversation` share context. */
export async function runJsonl(engine: Engine, input: Readable, output: Writable): Promise<number> {
  let buffer: string[] = [];
  let count = 0;
  // Respect back-pressure: a slow reader must not make answers pile up in memory.
  const flush = async () => {
    if (buffer.length && !output.write(`${buffer.join('\n')}\n`)) await once(output, 'drain');
    buffer = [];
  };
  for await (const raw of readLines(input)) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (!line.trim()) continue;
    const { text, conversation } = parseLine(line);
    let record: string;
    try {
      record = toJsonRecord(await engine.ask({ text, ...(conversation ? { conversation } : {}) }));
    } catch (err) {
      // One bad line must not end the stream: answer it as an error and go on.
      record = JSON.stringify({
        intent: 'out_of_scope',
        intents: ['out_of_scope'],
        city: 'none',
        text: `Sorry, something went wrong: ${(err as Error).message}`,
        error: true,
      });
    }
    buffer.push(record);
    count++;
    if (buffer.length >= 256) await flush();
  }
  await flush();
  return count;
}
