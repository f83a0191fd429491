import { z } from 'zod';
import { FeatureIndex } from './featureIndex.js';
import type { LinearModel } from './linearModel.js';

/**
 * One binary file: a 4-byte length and a JSON header (labels, options, scale), then the feature
 * hashes (int32, one per weight row) and the weights (int16 with one scale), both used in place.
 * Loads with a single read and no parsing of numbers, so the CLI's cold start stays small; no native
 * add-on is involved.
 */
const HeaderSchema = z.object({
  format: z.literal('civic-data-bot/intent-model@2'),
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
  const hashes = model.vocab.hashes;
  const header: Header = {
    format: 'civic-data-bot/intent-model@2',
    labels: model.labels,
    features: model.features,
    temperature: model.temperature,
    scale,
    vocabSize: hashes.length,
    ...(trainedOn ? { trainedOn } : {}),
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  // Pad the header so the int32 and int16 blocks start on 4-byte boundaries.
  const pad = (4 - ((4 + json.length) % 4)) % 4;
  const weights = new Int16Array(model.weights.length);
  for (let i = 0; i < weights.length; i++)
    weights[i] = Math.round((model.weights[i]! * model.weightScale) / scale);
  const length = Buffer.alloc(4);
  length.writeUInt32LE(json.length + pad);
  return Buffer.concat([
    length,
    json,
    Buffer.alloc(pad, 0x20),
    Buffer.from(hashes.buffer, hashes.byteOffset, hashes.byteLength),
    Buffer.from(weights.buffer),
  ]);
}

export function deserializeModel(bytes: Uint8Array): LinearModel {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length < 4) throw new Error('intent model: file too short');
  const headerLength = buf.readUInt32LE(0);
  const header = HeaderSchema.parse(JSON.parse(buf.subarray(4, 4 + headerLength).toString('utf8')));
  const k = header.labels.length;
  const n = header.vocabSize;
  const start = 4 + headerLength;
  if (buf.length !== start + n * 4 + n * k * 2)
    throw new Error(
      `intent model: expected ${n} features and ${n * k} weights, found ${buf.length - start} bytes`,
    );
  // Views into the file when aligned (the header is padded for it); copies otherwise.
  const at = buf.byteOffset + start;
  const hashes =
    at % 4 === 0
      ? new Int32Array(buf.buffer, at, n)
      : new Int32Array(Uint8Array.from(buf.subarray(start, start + n * 4)).buffer);
  const weights =
    (at + n * 4) % 2 === 0
      ? new Int16Array(buf.buffer, at + n * 4, n * k)
      : new Int16Array(Uint8Array.from(buf.subarray(start + n * 4)).buffer);
  const vocab = new FeatureIndex(hashes);
  return {
    labels: header.labels,
    features: header.features,
    vocab,
    weights,
    weightScale: header.scale,
    temperature: header.temperature,
  };
}
