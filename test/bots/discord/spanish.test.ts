import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localeLang } from '../../../src/bots/discord/locale.js';
import { createEngine } from '../../../src/intents/index.js';
import { loadCities } from '../../../src/knowledge/index.js';
import { buttonPress, slashCommand } from '../../fakes/discord.js';
import { messageViolations } from '../../fakes/discordLimits.js';
import {
  type Body,
  customIds,
  type Harness,
  runDeferredOn,
  runImmediateOn,
  startHarness,
} from './harness.js';

// A Spanish conversation through discord.js, the real engine and the city files, against the stand-in.
let h: Harness;
beforeAll(async () => {
  h = await startHarness(createEngine({ cities: loadCities() }), { messageContent: true });
});
afterAll(async () => h?.stop());

const embed = (b: Body) => b.embeds?.[0];
const fieldNames = (b: Body) => (embed(b)?.fields ?? []).map((f) => f.name);
const labels = (b: Body) => (b.components ?? []).flatMap((r) => r.components.map((c) => c.label ?? ''));

describe('localeLang', () => {
  it('GIVEN Discord locales THEN Spanish and English variants map, others do not', () => {
    expect(['es-ES', 'es-419', 'en-US', 'en-GB', 'pt-BR', undefined].map(localeLang)).toEqual([
      'es',
      'es',
      'en',
      'en',
      undefined,
      undefined,
    ]);
  });
});

describe('Discord in Spanish', () => {
  it('GIVEN a Spanish /opendata ask from an English-locale user THEN the text decides: Spanish, "Fuentes"', async () => {
    const edit = await runDeferredOn(
      h,
      slashCommand('opendata', 'ask', { question: '¿Cuál es la multa por usar mal la API en Miami?' }),
    );
    expect(embed(edit)?.title).toMatch(
      /^Sanciones por uso indebido de los datos o del acceso a la API de la City of Miami/,
    );
    expect(embed(edit)?.description).toContain('No se especifican multas');
    expect(fieldNames(edit)).toContain('Fuentes');
    expect(messageViolations(edit)).toEqual([]);
  });

  it('GIVEN a Spanish question without a city THEN city buttons, and the pressed city answers in Spanish', async () => {
    const channelId = '1100000000000000031';
    const edit = await runDeferredOn(
      h,
      slashCommand('opendata', 'ask', { question: '¿cuánto cuesta una clave de API?' }, { channelId }),
    );
    expect(embed(edit)?.title).toBe('Tarifas: por ciudad');
    const la = customIds(edit)[labels(edit).indexOf('Los Angeles')]!;
    const after = await runDeferredOn(h, buttonPress(la, { channelId }));
    expect(embed(after)?.title).toMatch(/^Tarifas por datos y claves de API de la City of Los Angeles/);
    expect(embed(after)?.description).toContain('Tarifas: no especificado en las páginas citadas');
  });

  it('GIVEN a Spanish-locale user THEN /opendata help and /dataset search, which carry no sentence, answer in Spanish', async () => {
    const help = await runImmediateOn(h, slashCommand('opendata', 'help', {}, { locale: 'es-ES' }));
    expect(help.data?.embeds?.[0]?.title).toBe('civic-data-bot: acceso a datos abiertos, ciudad por ciudad');
    const search = await runDeferredOn(
      h,
      slashCommand('dataset', 'search', { city: 'miami', query: 'permits' }, { locale: 'es-419' }),
    );
    expect(embed(search)?.description).toMatch(/^La búsqueda en vivo está desactivada aquí/);
    const english = await runDeferredOn(
      h,
      slashCommand(
        'dataset',
        'search',
        { city: 'miami', query: 'permits' },
        { locale: 'en-US', channelId: '1100000000000000032' },
      ),
    );
    expect(embed(english)?.description).toMatch(/^Live search is off here/);
  });

  it('GIVEN a Spanish-locale user and an expired button THEN the note is in Spanish', async () => {
    const cb = await runImmediateOn(h, buttonPress('cdb:ref:no-such-action', { locale: 'es-ES' }));
    expect(cb.data?.content).toBe('Ese botón ha caducado. Vuelva a preguntar con /opendata ask.');
  });
});
