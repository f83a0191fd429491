import { z } from 'zod';
import type { LinearModel } from './linearModel.js';

/**
 * One binary file: a 4-byte header length, a JSON header (labels, options, vocabulary), then the
 * weights as int16 with one scale. Loads with a single read and no parsing of numbers, so the CLI's
 * cold start stays small; no native add-on is involved.
 */
const HeaderSchema = z.object({
  format: z.literal('civic-data-bot/intent-model@1'),
  labels: z.array(z.string()).min(2),
  features: z.object({ charMin: z.number().int(), charMax: z.number().int(), lastSentence: z.boolean() }),
  temperature: z.number().positive(),
  scale: z.number().positive(),
  vocab: z.array(z.string()),
  trainedOn: z.record(z.string(), z.unknown()).optional(),
});
type Header = z.infer<typeof HeaderSchema>;

export function serializeModel(model: LinearModel, trainedOn?: Record<string, unknown>): Buffer {
  let maxAbs = 0;
  for (const w of model.weights) maxAbs = Math.max(maxAbs, Math.abs(w));
  const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
  const vocab: string[] = new Array(model.vocab.size);
  for (const [name, row] of model.vocab) vocab[row] = name;
  const header: Header = {
    format: 'civic-data-bot/intent-model@1',
    labels: model.labels,
    features: model.features,
    temperature: model.temperature,
    scale,
    vocab,
    ...(trainedOn ? { trainedOn } : {}),
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const pad = (4 + json.length) % 2;
  const weights = new Int16Array(model.weights.length);
  for (let i = 0; i < weights.length; i++) weights[i] = Math.round(model.weights[i]! / scale);
  const head = Buffer.alloc(4);
  head.writeUInt32LE(json.length + pad);
  return Buffer.concat([head, json, Buffer.alloc(pad, 0x20), Buffer.from(weights.buffer)]);
}

export function deserializeModel(bytes: Uint8Array): LinearModel {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length < 4) throw new Error('intent model: file too short');
  const headerLength = buf.readUInt32LE(0);
  const header = HeaderSchema.parse(JSON.parse(buf.subarray(4, 4 + headerLength).toString('utf8')));
  const k = header.labels.length;
  const body = buf.subarray(4 + headerLength);
  if (body.length !== header.vocab.length * k * 2)
    throw new Error(`intent model: expected ${header.vocab.length * k} weights, found ${body.length / 2}`);
  // Copy into an aligned buffer: the body's offset in the file need not be a multiple of 2.
  const ints = new Int16Array(body.length / 2);
  Buffer.from(ints.buffer).set(body);
  const weights = new Float32Array(ints.length);
  for (let i = 0; i < ints.length; i++) weights[i] = ints[i]! * header.scale;
  return {
    labels: header.labels,
    features: header.features,
    vocab: new Map(header.vocab.map((name, row) => [name, row])),
    weights,
    temperature: header.temperature,
  };
}
