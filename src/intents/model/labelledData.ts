import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { INTENTS } from '../../knowledge/index.js';

/** One labelled question (data/intents/LABELLING.md). */
export const LabelledQuestionSchema = z.object({
  id: z.string().min(1).optional(),
  q: z.string().min(1),
  intent: z.enum(INTENTS),
  city: z.string().regex(/^[a-z][a-z-]*$/),
  lang: z.enum(['en', 'es']).default('en'),
  also: z.enum(INTENTS).optional(),
  conversation: z.string().min(1).optional(),
  must: z.array(z.string()).optional(),
  note: z.string().optional(),
});
export type LabelledQuestion = z.infer<typeof LabelledQuestionSchema>;

export class LabelFileError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    detail: string,
  ) {
    super(`${file}:${line}: ${detail}`);
    this.name = 'LabelFileError';
  }
}

/** Parses a JSON Lines label file; the first bad line fails with its number and the field at fault. */
export function parseLabelledFile(file: string, text: string): LabelledQuestion[] {
  const rows: LabelledQuestion[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (err) {
      throw new LabelFileError(file, i + 1, `not valid JSON (${(err as Error).message})`);
    }
    const parsed = LabelledQuestionSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new LabelFileError(file, i + 1, `${issue.path.join('.') || 'line'}: ${issue.message}`);
    }
    rows.push(parsed.data);
  }
  return rows;
}

export function readLabelledFile(file: string): LabelledQuestion[] {
  return parseLabelledFile(file, readFileSync(file, 'utf8'));
}
