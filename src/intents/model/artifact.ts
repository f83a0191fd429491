import { z } from 'zod';
import type { LinearModel } from './linearModel.js';

/**
 * One binary file: a JSON header (labels, options, scale) and the vocabulary as newline-separated
 * text, each after its 4-byte length, then the weights as int16 with one scale, used in place. Loads
 * with a single read and no parsing of numbers, so the CLI's cold start stays small; no native add-on.
 */
const HeaderSchema = z.object({
  format: z.literal('civic-data-bot/intent-model@1'),
  labels: z.array(z.string()).min(2),
  features: z.object({ charMin: z.number().int(), charMax: z.number().int(), lastSentence: z.boolean() }),
  temperature: z.number().positive(),
  scale: z.number().positive(),
  vocabSize: z.number().int().nonnegative(),
  trainedOn: z.record(z.string(), z.unknown()).optional(),
});
type Header = z.infer<typeof HeaderSchema>;

export function serializeModel(model: LinearModel, trainedOn?: Record<string, unknown>): Buffer {
  let maxAbs = 0;
  for (const w of model.weights) maxAbs = Math.max(maxAbs, Math.abs(w * model.weightScale));
  const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
  const vocab: string[] = new Array(model.vocab.size);
  for (const [name, row] of model.vocab) vocab[row] = name;
  const header: Header = {
    format: 'civic-data-bot/intent-model@1',
    labels: model.labels,
    features: model.features,
    temperature: model.temperature,
    scale,
    vocabSize: vocab.length,
    ...(trainedOn ? { trainedOn } : {}),
  };
  if (vocab.some((v) => v.includes('\n'))) throw new Error('intent model: a feature name holds a newline');
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const words = Buffer.from(vocab.join('\n'), 'utf8');
  const pad = (4 + json.length + 4 + words.length) % 2;
  const weights = new Int16Array(model.weights.length);
  for (let i = 0; i < weights.length; i++)
    weights[i] = Math.round((model.weights[i]! * model.weightScale) / scale);
  const length = (n: number) => {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(n);
    return b;
  };
  return Buffer.concat([
    length(json.length),
    json,
    length(words.length + pad),
    words,
    Buffer.alloc(pad, 0x0a),
    Buffer.from(weights.buffer),
  ]);
}

export function deserializeModel(bytes: Uint8Array): LinearModel {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length < 4) throw new Error('intent model: file too short');
  const headerLength = buf.readUInt32LE(0);
  const header = HeaderSchema.parse(JSON.parse(buf.subarray(4, 4 + headerLength).toString('utf8')));
  const vocabStart = 4 + headerLength + 4;
  if (buf.length < vocabStart) throw new Error('intent model: file too short');
  const vocabLength = buf.readUInt32LE(vocabStart - 4);
  const text = buf
    .subarray(vocabStart, vocabStart + vocabLength)
    .toString('utf8')
    .replace(/\n+$/, '');
  const vocab = header.vocabSize === 0 ? [] : text.split('\n');
  if (vocab.length !== header.vocabSize)
    throw new Error(`intent model: expected ${header.vocabSize} features, found ${vocab.length}`);
  const k = header.labels.length;
  const body = buf.subarray(vocabStart + vocabLength);
  if (body.length !== vocab.length * k * 2)
    throw new Error(`intent model: expected ${vocab.length * k} weights, found ${body.length / 2}`);
  // Used in place when aligned (the header is padded for it); copied otherwise.
  const start = body.byteOffset;
  const weights =
    start % 2 === 0
      ? new Int16Array(body.buffer, start, body.length / 2)
      : new Int16Array(Uint8Array.from(body).buffer);
  return {
    labels: header.labels,
    features: header.features,
    vocab: new Map(vocab.map((name, row) => [name, row])),
    weights,
    weightScale: header.scale,
    temperature: header.temperature,
  };
}
