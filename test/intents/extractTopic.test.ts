import { describe, expect, it } from 'vitest';
import { extractTopic } from '../../src/intents/extractTopic.js';
import { normalizeQuestion } from '../../src/intents/normalize.js';

const topic = (q: string) => extractTopic(normalizeQuestion(q).text.replace(/ [.?]/g, ''));

describe('extractTopic', () => {
  it.each([
    ['any parking citation data?', 'parking citation'],
    ['¿hay datos de estacionamiento?', 'estacionamiento'],
    ['busca datos de permisos de construcción', 'permisos construccion'],
    ['quiero los datos del 311', '311'],
  ])('GIVEN %j THEN the subject is %j, without the English or Spanish framing', (q, subject) => {
    expect(topic(q)).toBe(subject);
  });

  it('GIVEN English subject words that look Spanish in other contexts THEN they stay', () => {
    expect(topic('tax base data')).toBe('tax base');
  });
});
