import { describe, expect, it } from 'vitest';
import { INTENTS, loadCities } from '../../../src/knowledge/index.js';
import { deserializeModel, serializeModel } from '../../../src/intents/model/artifact.js';
import { modelInput, readBatches } from '../../../src/intents/model/corpus.js';
import { logits, predict, textLogits, vectorize } from '../../../src/intents/model/linearModel.js';
import { type Example, trainModel } from '../../../src/intents/model/train.js';

const toText = modelInput(loadCities());
const batches = readBatches('data/intents/batches');
const examples = (names: string[]): Example[] =>
  batches
    .filter((b) => names.includes(b.name))
    .flatMap((b) => b.rows.map((r) => ({ text: toText(r.q, r.lang), label: r.intent })));
const labels = [...INTENTS];
const accuracy = (model: ReturnType<typeof trainModel>, test: Example[]) =>
  test.filter((e) => predict(model, e.text).ranked[0]!.label === e.label).length / test.length;

// Small on purpose: three early batches train, a fourth writer's batch is held out.
const train = examples(['set2', 'set3', 'set4']);
const heldOut = examples(['set6']);
const opts = { epochs: 10 };

describe('intent model training', () => {
  it("GIVEN three labelled batches THEN the model classifies another writer's batch above a floor", () => {
    expect(train.length).toBeGreaterThan(500);
    expect(accuracy(trainModel(train, labels, opts), heldOut)).toBeGreaterThan(0.75);
  });

  it('GIVEN shuffled labels THEN the same check fails (the floor means something)', () => {
    const shuffled = train.map((e, i) => ({ ...e, label: train[(i * 7919) % train.length]!.label }));
    expect(accuracy(trainModel(shuffled, labels, opts), heldOut)).toBeLessThan(0.4);
  });

  it('GIVEN the same data twice THEN the artifacts are byte for byte the same', () => {
    const a = serializeModel(trainModel(train.slice(0, 200), labels, opts));
    const b = serializeModel(trainModel(train.slice(0, 200), labels, opts));
    expect(a.equals(b)).toBe(true);
  });

  it('GIVEN a label the taxonomy does not have THEN training refuses it', () => {
    expect(() => trainModel([{ text: 'hello', label: 'weather' }], labels)).toThrow(
      /unknown label "weather"/,
    );
  });
});

describe('intent model artifact', () => {
  const model = trainModel(train.slice(0, 300), labels, opts);

  it('GIVEN a saved model THEN it loads and predicts as before (int16 weights)', () => {
    const loaded = deserializeModel(serializeModel(model));
    for (const e of heldOut.slice(0, 50)) {
      const before = predict(model, e.text).ranked[0]!;
      const after = predict(loaded, e.text).ranked[0]!;
      expect(after.label).toBe(before.label);
      expect(Math.abs(after.p - before.p)).toBeLessThan(0.01);
    }
  });

  it('GIVEN a truncated file THEN loading fails with the weight count', () => {
    const bytes = serializeModel(model);
    expect(() => deserializeModel(bytes.subarray(0, bytes.length - 10))).toThrow(
      /expected \d+ features and \d+ weights/,
    );
  });
});

describe('prediction from word sums', () => {
  const model = deserializeModel(serializeModel(trainModel(train.slice(0, 300), labels, opts)));

  it('GIVEN any question THEN the cached word sums give the logits of its feature vector', () => {
    // Held-out questions, repeated words and a long message: the per-word cache must add up exactly.
    const texts = [...heldOut.slice(0, 40).map((e) => e.text), 'data data data ? . data', 'kc '.repeat(300)];
    for (const text of [...texts, ...texts]) {
      const want = logits(model, vectorize(text, model.vocab, model.features));
      const got = textLogits(model, text).z;
      for (let c = 0; c < want.length; c++) expect(got[c]).toBeCloseTo(want[c]!, 5);
    }
  });
});
